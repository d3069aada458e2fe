package gov.ocss.ivr.agi;

/**
 * Values from the caller's side of the wire (the script name, the unique id, arguments, the query
 * string) before we keep, log or act on them: printable ASCII only, and not too much of it.
 */
public final class UntrustedText {
    private UntrustedText() {
    }

    public static String printable(String value, int maxLength) {
        if (value == null) {
            return "";
        }
        String printable = value.replaceAll("[^\\x20-\\x7e]", "");
        return printable.length() > maxLength ? printable.substring(0, maxLength) : printable;
    }
}
