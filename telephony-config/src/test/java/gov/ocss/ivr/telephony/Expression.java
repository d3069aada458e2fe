package gov.ocss.ivr.telephony;

import java.util.ArrayList;
import java.util.List;

/**
 * The part of Asterisk's {@code $[...]} expressions (main/ast_expr2.y) the line's dialplan uses:
 * quoted and bare strings, {@code =} {@code !=} {@code <} {@code >} {@code <=} {@code >=},
 * {@code &} {@code |} {@code !} and parentheses, with Asterisk's precedence ({@code |} binds
 * loosest) and results ({@code a & b} is a when both are true, else 0; {@code a | b} is a when a is
 * true, else b). A comparison of two integers compares numbers, else strings. An empty operand
 * without quotes is the syntax error Asterisk reports, so a test can catch an unquoted variable.
 */
final class Expression {
    private final List<String> tokens;
    private final List<Boolean> operands;
    private int next;

    private Expression(String text) {
        tokens = new ArrayList<>();
        operands = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed quote in $[" + text + "]");
                }
                add(text.substring(i + 1, end), true);
                i = end + 1;
            } else if (text.startsWith("!=", i) || text.startsWith("<=", i) || text.startsWith(">=", i)) {
                add(text.substring(i, i + 2), false);
                i += 2;
            } else if ("=&|()<>!".indexOf(c) >= 0) {
                add(String.valueOf(c), false);
                i++;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && "=&|()<>!\"".indexOf(text.charAt(i)) < 0) {
                    i++;
                }
                add(text.substring(start, i), true);
            }
        }
    }

    private void add(String token, boolean isOperand) {
        tokens.add(token);
        operands.add(isOperand);
    }

    static String evaluate(String text) {
        Expression expression = new Expression(text);
        String value = expression.or();
        if (expression.next != expression.tokens.size()) {
            throw new IllegalArgumentException("syntax error in $[" + text + "] at " + expression.tokens.get(expression.next));
        }
        return value;
    }

    static boolean isTrue(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        String number = value.strip().replaceFirst("^([-+]?[0-9]+).*", "$1");
        if (number.matches("[-+]?[0-9]+")) {
            return Long.parseLong(number) != 0;
        }
        return true;
    }

    private String or() {
        String left = and();
        while (peek("|")) {
            next++;
            String right = and();
            left = isTrue(left) ? left : isTrue(right) ? right : "0";
        }
        return left;
    }

    private String and() {
        String left = comparison();
        while (peek("&")) {
            next++;
            String right = comparison();
            left = isTrue(left) && isTrue(right) ? left : "0";
        }
        return left;
    }

    private String comparison() {
        String left = unary();
        while (peek("=") || peek("!=") || peek("<") || peek(">") || peek("<=") || peek(">=")) {
            String operator = tokens.get(next++);
            String right = unary();
            int order = compare(left, right);
            boolean result = switch (operator) {
                case "=" -> order == 0;
                case "!=" -> order != 0;
                case "<" -> order < 0;
                case ">" -> order > 0;
                case "<=" -> order <= 0;
                default -> order >= 0;
            };
            left = result ? "1" : "0";
        }
        return left;
    }

    private String unary() {
        if (peek("!")) {
            next++;
            return isTrue(unary()) ? "0" : "1";
        }
        if (peek("(")) {
            next++;
            String value = or();
            if (!peek(")")) {
                throw new IllegalArgumentException("missing ) in expression");
            }
            next++;
            return value;
        }
        if (next >= tokens.size() || !operands.get(next)) {
            throw new IllegalArgumentException("syntax error: an operand is missing"
                    + (next < tokens.size() ? " before " + tokens.get(next) : " at the end"));
        }
        return tokens.get(next++);
    }

    private boolean peek(String operator) {
        return next < tokens.size() && !operands.get(next) && tokens.get(next).equals(operator);
    }

    private static int compare(String left, String right) {
        if (left.matches("-?[0-9]+") && right.matches("-?[0-9]+")) {
            return Long.compare(Long.parseLong(left), Long.parseLong(right));
        }
        return left.compareTo(right);
    }
}
