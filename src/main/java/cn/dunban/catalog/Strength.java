package cn.dunban.catalog;

/** 确保/严格/必须/不低于/控制在 bind; 力争/争取/争创 aspire; anything else is plain wording. */
public enum Strength {
    BINDING, ASPIRATIONAL, PLAIN
}
