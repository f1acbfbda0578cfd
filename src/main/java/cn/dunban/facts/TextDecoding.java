package cn.dunban.facts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import cn.dunban.input.InputError;
import cn.dunban.input.InputException;

/**
 * Text files as office PCs save them. Chinese Windows saves "CSV" and often "JSON" in GBK (its ANSI code
 * page); Notepad adds a byte-order mark to UTF-8 and may save "Unicode" as UTF-16. A file that is valid
 * UTF-8 is UTF-8 (a BOM is dropped); one with a UTF-16 BOM is UTF-16; anything else is decoded as
 * GB18030, the superset of GBK and GB2312, and refused with "请另存为 UTF-8" only if that fails too — never
 * read with replacement characters, never answered with a decoder's English message.
 */
public final class TextDecoding {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoding() {
    }

    /** The text of {@code bytes}; {@code source} names the file in the error. */
    public static String decode(byte[] bytes, String source) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(StandardCharsets.UTF_8, bytes, 3, source);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(StandardCharsets.UTF_16LE, bytes, 2, source);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(StandardCharsets.UTF_16BE, bytes, 2, source);
        }
        try {
            return decoder(StandardCharsets.UTF_8, bytes, 0);
        } catch (CharacterCodingException notUtf8) {
            try {
                return decoder(GB18030, bytes, 0);
            } catch (CharacterCodingException notGb) {
                throw refused(source);
            }
        }
    }

    /** {@code bytes} as UTF-8 without a BOM, however they were encoded. */
    public static byte[] utf8(byte[] bytes, String source) {
        if (!startsWith(bytes, 0xEF, 0xBB, 0xBF) && !startsWith(bytes, 0xFF, 0xFE) && !startsWith(bytes, 0xFE, 0xFF)
                && isUtf8(bytes)) {
            return bytes;
        }
        return decode(bytes, source).getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            decoder(StandardCharsets.UTF_8, bytes, 0);
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String strict(Charset charset, byte[] bytes, int skip, String source) {
        try {
            return decoder(charset, bytes, skip);
        } catch (CharacterCodingException e) {
            throw refused(source);
        }
    }

    private static String decoder(Charset charset, byte[] bytes, int skip) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
    }

    private static InputException refused(String source) {
        return new InputException(List.of(new InputError(source, 0, 0, "", "encoding",
                "文件编码无法识别（既不是 UTF-8，也不是 GBK/GB18030），请另存为 UTF-8")));
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
