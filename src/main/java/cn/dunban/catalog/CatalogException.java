package cn.dunban.catalog;

/** A catalog file that cannot be read; the message names the file and what is wrong. */
public class CatalogException extends RuntimeException {
    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }

    public CatalogException(String message) {
        super(message);
    }
}
