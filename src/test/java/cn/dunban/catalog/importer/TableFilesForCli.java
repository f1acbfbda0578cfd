package cn.dunban.catalog.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** A small workbook for the command-line tests, written by {@link TableFiles}. */
public final class TableFilesForCli {

    private TableFilesForCli() {
    }

    public static Path xlsx(Path dir) throws IOException {
        return TableFiles.xlsx(dir, "任务分解表", "任务", List.of("序号", "工作任务", "目标", "责任单位", "完成时限"),
                List.of(List.of("1", "推进科技创新", "新增高新技术企业100家以上", "▲市科技局、市统计局", "年底前")));
    }
}
