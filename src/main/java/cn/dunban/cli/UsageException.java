package cn.dunban.cli;

/** The command line itself is wrong: exit 2 with the message and the command's usage. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
