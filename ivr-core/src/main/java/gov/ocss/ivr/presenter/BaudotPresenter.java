package gov.ocss.ivr.presenter;

import gov.ocss.ivr.agi.VirtualThreads;
import gov.ocss.ivr.audiosocket.AudioLink;
import gov.ocss.ivr.audiosocket.AudioLinkClosed;
import gov.ocss.ivr.audiosocket.AudioLinks;
import gov.ocss.ivr.dialog.DialogTimings;
import gov.ocss.ivr.dialog.Entry;
import gov.ocss.ivr.dialog.Hangup;
import gov.ocss.ivr.dialog.Keys;
import gov.ocss.ivr.prompts.Language;
import gov.ocss.ivr.prompts.Prompt;
import gov.ocss.ivr.prompts.PromptRenderer;
import gov.ocss.ivr.tty.TddLine;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.command.AnswerCommand;
import org.asteriskjava.fastagi.command.ExecCommand;
import org.asteriskjava.fastagi.reply.AgiReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TTY line for a TDD whose tones reach us as plain audio (any SIP call): the text of the
 * {@link TextPresenter}, with the same conventions (a turn ends with GA, the call with SK), sent and
 * heard as Baudot tones by the server itself. At the call's first word the AGI session has Asterisk
 * run {@code AudioSocket(<uuid>,<our audio port>)}, which holds the AGI session until the audio
 * connection ends; the call's text goes over that connection meanwhile. Channel variables set during
 * the call are kept and set once the audio connection has given the call back, as the dialplan reads
 * them only after the script.
 */
public final class BaudotPresenter extends AgiPresenter {
    /** The Asterisk application that carries the call's audio to us (app_audiosocket, which modules.conf loads). */
    public static final String AUDIO_APPLICATION = "AudioSocket";
    private static final Logger log = LoggerFactory.getLogger(BaudotPresenter.class);
    /** The AudioSocket application runs for the whole call; its AGI command waits on a thread of its own. */
    private static final ExecutorService AUDIO_APPLICATIONS =
            VirtualThreads.perTaskExecutor().orElseGet(Executors::newCachedThreadPool);
    /**
     * A caller who typed something and stopped without GA has finished after this long: TDD users
     * type GA, but a caller new to the line may just wait.
     */
    static final Duration ANSWER_PAUSE = Duration.ofSeconds(5);
    /** How long the audio connection has to close after we give the call back. */
    private static final Duration GIVE_BACK_TIMEOUT = Duration.ofSeconds(5);

    private final AudioLinks links;
    private final InetAddress reachedAt;
    private final Duration connectTimeout;
    private final List<String> unsent = new ArrayList<>();
    private final Map<String, String> heldVariables = new LinkedHashMap<>();
    private CompletableFuture<AgiReply> audioApplication;
    private AudioLink link;
    private TddLine line;

    /** {@code reachedAt}: the address Asterisk reached our FastAGI port at, which it can reach the audio port at too. */
    public BaudotPresenter(AgiChannel channel, PromptRenderer renderer, DialogTimings timings, AudioLinks links,
                           InetAddress reachedAt, Duration connectTimeout) {
        super(channel, renderer, timings);
        this.links = links;
        this.reachedAt = reachedAt;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public void answer() {
        call.send(new AnswerCommand());
        String address = links.addressFor(reachedAt).orElseThrow(() -> new AudioUnavailable("the server takes no audio connections"));
        UUID id = UUID.randomUUID();
        AudioLinks.Expected expected = links.expect(id);
        try {
            ExecCommand audioSocket = new ExecCommand(AUDIO_APPLICATION, id + "," + address);
            audioApplication = CompletableFuture.supplyAsync(() -> call.send(audioSocket), AUDIO_APPLICATIONS);
            CompletableFuture.anyOf(expected.link(), audioApplication).get(connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!expected.link().isDone()) {
                throw new AudioUnavailable("Asterisk's AudioSocket ended before it connected: " + describe(audioApplication));
            }
            link = expected.link().join();
        } catch (TimeoutException e) {
            throw new AudioUnavailable("Asterisk did not connect the call's audio within " + connectTimeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AudioUnavailable("interrupted while waiting for the call's audio");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Hangup hangup) {
                throw hangup;
            }
            throw new AudioUnavailable("Asterisk's AudioSocket failed: " + e.getCause());
        } finally {
            expected.close();
            if (link == null) {
                // A connection that came just as the wait ended has no call to carry: Asterisk gets it closed.
                expected.link().thenAccept(AudioLink::close);
            }
        }
        line = new TddLine(new TddLine.Audio() {
            @Override
            public short[] read() {
                try {
                    return link.read();
                } catch (AudioLinkClosed closed) {
                    log.info("The call's audio ended: {}", closed.getMessage());
                    throw new Hangup();
                }
            }

            @Override
            public void write(short[] frame) {
                try {
                    link.write(frame);
                } catch (AudioLinkClosed closed) {
                    log.info("The call's audio ended: {}", closed.getMessage());
                    throw new Hangup();
                }
            }
        });
    }

    @Override
    public Optional<Character> play(Prompt prompt, Language language) {
        unsent.add(TextProfile.TONES.render(renderer.text(prompt, language)));
        return Optional.empty();
    }

    @Override
    public Keys collect(Entry entry, Optional<Character> typedAhead) {
        send("GA");
        Optional<String> typed = line.answer(entry.firstKeyTimeout(), ANSWER_PAUSE);
        if (typed.isEmpty()) {
            return new Keys("", Keys.Ending.TIMEOUT);
        }
        return new Keys(TypedAnswer.normalise(typed.get()), Keys.Ending.TERMINATOR);
    }

    @Override
    public void setVariable(String name, String value) {
        if (audioApplication != null) {
            heldVariables.put(name, value);
        } else {
            super.setVariable(name, value);
        }
    }

    @Override
    public void hangUp() {
        if (line != null) {
            send("SK");
            giveBack();
        }
        super.hangUp();
    }

    /** What is left to say goes out without a sign-off, then the dialplan has the call (and its variables). */
    @Override
    public void handOver() {
        if (line != null) {
            if (!unsent.isEmpty()) {
                send(null);
            }
            giveBack();
        }
    }

    @Override
    public void close() {
        if (link != null) {
            link.close();
        }
    }

    /** The held text and the sign-off, each turn on a new line and in lines a TDD's printer can take. */
    private void send(String signOff) {
        if (signOff != null) {
            unsent.add(signOff);
        }
        String text = String.join(" ", unsent);
        unsent.clear();
        line.send("\r\n" + String.join("\r\n", TextPresenter.lines(text)));
    }

    /** Ends the audio connection; the AudioSocket application returns, and the variables held are set. */
    private void giveBack() {
        link.hangUp();
        line = null;
        AgiReply reply;
        try {
            reply = audioApplication.get(GIVE_BACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("AudioSocket did not return within " + GIVE_BACK_TIMEOUT.toMillis() + " ms of its hang-up");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Hangup();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            audioApplication = null;
        }
        if (reply.getResultCode() < 0) {
            // AudioSocket returns -1 when the channel hung up while it ran.
            throw new Hangup();
        }
        heldVariables.forEach(super::setVariable);
        heldVariables.clear();
    }

    private static String describe(CompletableFuture<AgiReply> application) {
        try {
            return "result " + application.join().getResultCode();
        } catch (RuntimeException e) {
            return e.getCause() == null ? e.toString() : e.getCause().toString();
        }
    }
}
