package gov.ocss.ivr.prompts.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A RIFF/WAVE file as read from disk, and the one layout this compiler writes: a plain 44-byte
 * header (format tag 1, 8 kHz, 16-bit, mono) followed by the samples. Asterisk's wav format
 * refuses WAVE_FORMAT_EXTENSIBLE (tag 65534), which sox and many editors write by default, so
 * the header is written here byte by byte rather than by a library that may choose otherwise.
 *
 * <p>Reading is lenient about layout (extra chunks, extensible headers, other rates, stereo,
 * 8/24/32-bit or float samples) so a studio recording can be converted; {@link #problemsForAsterisk}
 * is strict about what Asterisk will be given.
 */
public final class WavFile {

    public static final int TELEPHONY_RATE = 8000;
    public static final int PLAIN_HEADER_BYTES = 44;

    static final int FORMAT_PCM = 1;
    static final int FORMAT_IEEE_FLOAT = 3;
    static final int FORMAT_EXTENSIBLE = 0xFFFE;

    private final int formatTag;
    private final int encoding;
    private final int channels;
    private final int sampleRate;
    private final int bitsPerSample;
    private final int blockAlign;
    private final int dataOffset;
    private final int dataLength;
    private final boolean truncated;
    private final byte[] bytes;

    private WavFile(int formatTag, int encoding, int channels, int sampleRate, int bitsPerSample, int blockAlign,
            int dataOffset, int dataLength, boolean truncated, byte[] bytes) {
        this.formatTag = formatTag;
        this.encoding = encoding;
        this.channels = channels;
        this.sampleRate = sampleRate;
        this.bitsPerSample = bitsPerSample;
        this.blockAlign = blockAlign;
        this.dataOffset = dataOffset;
        this.dataLength = dataLength;
        this.truncated = truncated;
        this.bytes = bytes;
    }

    /** The bytes of a telephony WAV file: plain PCM header, 16-bit little-endian samples at the audio's rate. */
    public static byte[] encode(MonoAudio audio) {
        short[] pcm = audio.toPcm16();
        int dataBytes = pcm.length * 2;
        ByteBuffer out = ByteBuffer.allocate(PLAIN_HEADER_BYTES + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt(36 + dataBytes).put(ascii("WAVE"));
        out.put(ascii("fmt ")).putInt(16)
                .putShort((short) FORMAT_PCM)
                .putShort((short) 1)
                .putInt(audio.sampleRate())
                .putInt(audio.sampleRate() * 2)
                .putShort((short) 2)
                .putShort((short) 16);
        out.put(ascii("data")).putInt(dataBytes);
        for (short sample : pcm) {
            out.putShort(sample);
        }
        return out.array();
    }

    public static WavFile read(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    public static WavFile parse(byte[] bytes) throws InvalidWavException {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < 12 || !chunkId(bytes, 0).equals("RIFF") || !chunkId(bytes, 8).equals("WAVE")) {
            throw new InvalidWavException("not a WAV file (no RIFF/WAVE header)");
        }
        int formatTag = -1;
        int encoding = -1;
        int channels = 0;
        int sampleRate = 0;
        int bits = 0;
        int blockAlign = 0;
        int offset = 12;
        while (offset + 8 <= bytes.length) {
            String id = chunkId(bytes, offset);
            long size = Integer.toUnsignedLong(in.getInt(offset + 4));
            int body = offset + 8;
            if (id.equals("fmt ")) {
                if (size < 16 || body + 16 > bytes.length) {
                    throw new InvalidWavException("the fmt chunk is too short");
                }
                formatTag = in.getShort(body) & 0xFFFF;
                channels = in.getShort(body + 2) & 0xFFFF;
                sampleRate = in.getInt(body + 4);
                blockAlign = in.getShort(body + 12) & 0xFFFF;
                bits = in.getShort(body + 14) & 0xFFFF;
                encoding = formatTag;
                // WAVE_FORMAT_EXTENSIBLE names the real encoding in the first two bytes of its sub-format GUID.
                if (formatTag == FORMAT_EXTENSIBLE && size >= 40 && body + 26 <= bytes.length) {
                    encoding = in.getShort(body + 24) & 0xFFFF;
                }
            } else if (id.equals("data")) {
                if (formatTag < 0) {
                    throw new InvalidWavException("the data chunk comes before the fmt chunk");
                }
                long available = bytes.length - body;
                boolean truncated = size > available;
                int length = (int) Math.min(size, available);
                return new WavFile(formatTag, encoding, channels, sampleRate, bits, blockAlign, body, length,
                        truncated, bytes);
            }
            // Chunks are padded to an even length.
            offset = (int) Math.min(bytes.length, body + size + (size & 1));
        }
        throw new InvalidWavException(formatTag < 0 ? "no fmt chunk" : "no data chunk");
    }

    public int formatTag() {
        return formatTag;
    }

    public int channels() {
        return channels;
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int bitsPerSample() {
        return bitsPerSample;
    }

    /** Where the samples start: 44 for the plain header this compiler writes. */
    public int dataOffset() {
        return dataOffset;
    }

    public int dataLength() {
        return dataLength;
    }

    public double seconds() {
        return blockAlign == 0 || sampleRate <= 0 ? 0 : (dataLength / blockAlign) / (double) sampleRate;
    }

    /**
     * What keeps Asterisk from playing this file as an 8 kHz telephony prompt, or nothing. Asterisk
     * itself would skip extra chunks, but the compiler promises the plain layout, so it is checked too.
     */
    public List<String> problemsForAsterisk() {
        List<String> problems = new ArrayList<>();
        if (formatTag != FORMAT_PCM) {
            problems.add("format tag " + formatTag + (formatTag == FORMAT_EXTENSIBLE ? " (WAVE_FORMAT_EXTENSIBLE)" : "")
                    + ", Asterisk needs 1 (plain PCM)");
        }
        if (sampleRate != TELEPHONY_RATE) {
            problems.add(sampleRate + " Hz, needs " + TELEPHONY_RATE + " Hz");
        }
        if (bitsPerSample != 16) {
            problems.add(bitsPerSample + "-bit, needs 16-bit");
        }
        if (channels != 1) {
            problems.add(channels + " channels, needs mono");
        }
        if (dataOffset != PLAIN_HEADER_BYTES) {
            problems.add("samples start at byte " + dataOffset + ", not after the plain 44-byte header");
        }
        if (truncated) {
            problems.add("truncated: the header promises more samples than the file holds");
        }
        if (dataLength == 0) {
            problems.add("no samples");
        }
        return problems;
    }

    /** The samples as one channel (channels averaged), at the file's own rate. */
    public MonoAudio toMono() throws InvalidWavException {
        if (channels < 1) {
            throw new InvalidWavException("the header says " + channels + " channels");
        }
        if (sampleRate <= 0) {
            throw new InvalidWavException("the header says " + Integer.toUnsignedString(sampleRate) + " Hz");
        }
        boolean pcm = encoding == FORMAT_PCM && (bitsPerSample == 8 || bitsPerSample == 16
                || bitsPerSample == 24 || bitsPerSample == 32);
        boolean floating = encoding == FORMAT_IEEE_FLOAT && (bitsPerSample == 32 || bitsPerSample == 64);
        if (!pcm && !floating) {
            throw new InvalidWavException("format tag " + formatTag
                    + (formatTag == FORMAT_EXTENSIBLE ? " (extensible, sub-format " + encoding + ")" : "")
                    + " with " + bitsPerSample + "-bit samples cannot be converted (8/16/24/32-bit PCM and 32/64-bit"
                    + " float can); export it as 16-bit PCM WAV");
        }
        int bytesPerSample = bitsPerSample / 8;
        if (blockAlign != channels * bytesPerSample) {
            throw new InvalidWavException("the header's block size " + blockAlign + " does not match "
                    + channels + " channels of " + bitsPerSample + "-bit samples");
        }
        int frames = dataLength / blockAlign;
        float[] mono = new float[frames];
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        for (int frame = 0; frame < frames; frame++) {
            double sum = 0;
            for (int channel = 0; channel < channels; channel++) {
                sum += sampleAt(in, dataOffset + frame * blockAlign + channel * bytesPerSample, floating);
            }
            mono[frame] = (float) (sum / channels);
        }
        return new MonoAudio(mono, sampleRate);
    }

    private double sampleAt(ByteBuffer in, int at, boolean floating) {
        if (floating) {
            return bitsPerSample == 32 ? in.getFloat(at) : in.getDouble(at);
        }
        return switch (bitsPerSample) {
            case 8 -> ((in.get(at) & 0xFF) - 128) / 128.0; // 8-bit WAV samples are unsigned
            case 16 -> in.getShort(at) / 32768.0;
            case 24 -> ((in.get(at) & 0xFF) | (in.get(at + 1) & 0xFF) << 8 | in.get(at + 2) << 16) / 8388608.0;
            default -> in.getInt(at) / 2147483648.0;
        };
    }

    private static String chunkId(byte[] bytes, int offset) {
        return new String(bytes, offset, 4, StandardCharsets.ISO_8859_1);
    }

    private static byte[] ascii(String id) {
        return id.getBytes(StandardCharsets.US_ASCII);
    }
}
