package gov.ocss.ivr.phone;

import java.io.BufferedReader;
import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the person sits: a keyboard, a screen, and whether the keyboard echoes what is typed (a
 * terminal does; a pipe or a test does not, so the phone ends the input line itself).
 */
public record Terminal(BufferedReader keyboard, PrintStream screen, boolean keyboardEchoes) {

    /** This process's terminal, in UTF-8: Bengali prompts must show as Bengali. */
    public static Terminal system() {
        return new Terminal(new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)),
                new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8), isInteractive());
    }

    /**
     * Up to Java 21 there is a console only on a terminal; from 22 there is one on a pipe too, and
     * {@code isTerminal()} tells. Compiled for Java 17, so that method is looked up at run time.
     */
    private static boolean isInteractive() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }
}
