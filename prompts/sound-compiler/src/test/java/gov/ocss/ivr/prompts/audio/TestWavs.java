package gov.ocss.ivr.prompts.audio;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** WAV files written by hand, byte by byte, in layouts the compiler must read or refuse. */
final class TestWavs {

    private TestWavs() {
    }

    /** A sine tone as floats, the same on every channel. */
    static MonoAudio tone(double hertz, double seconds, int rate, double amplitude) {
        float[] samples = new float[(int) Math.round(seconds * rate)];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (float) (amplitude * Math.sin(2 * Math.PI * hertz * i / rate));
        }
        return new MonoAudio(samples, rate);
    }

    /** Integer PCM with the given header: plain (tag 1) or WAVE_FORMAT_EXTENSIBLE with the PCM sub-format. */
    static byte[] pcm(MonoAudio audio, int channels, int bits, boolean extensible) {
        int bytesPerSample = bits / 8;
        ByteBuffer data = ByteBuffer.allocate(audio.length() * channels * bytesPerSample).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < audio.length(); i++) {
            long value = Math.round(audio.sample(i) * ((1L << (bits - 1)) - 1));
            for (int channel = 0; channel < channels; channel++) {
                for (int b = 0; b < bytesPerSample; b++) {
                    data.put((byte) (value >> (8 * b)));
                }
            }
        }
        return wav(extensible ? WavFile.FORMAT_EXTENSIBLE : WavFile.FORMAT_PCM, WavFile.FORMAT_PCM, channels,
                audio.sampleRate(), bits, data.array());
    }

    /** Any header at all over the given sample bytes. */
    static byte[] wav(int formatTag, int subFormat, int channels, int rate, int bits, byte[] data) {
        boolean extensible = formatTag == WavFile.FORMAT_EXTENSIBLE;
        int fmtSize = extensible ? 40 : 16;
        int blockAlign = channels * bits / 8;
        ByteBuffer out = ByteBuffer.allocate(12 + 8 + fmtSize + 8 + data.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(ascii("RIFF")).putInt(4 + 8 + fmtSize + 8 + data.length).put(ascii("WAVE"));
        out.put(ascii("fmt ")).putInt(fmtSize)
                .putShort((short) formatTag).putShort((short) channels).putInt(rate)
                .putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits);
        if (extensible) {
            out.putShort((short) 22).putShort((short) bits).putInt(channels == 1 ? 4 : 3);
            // KSDATAFORMAT_SUBTYPE_PCM and friends: the tag, then the fixed GUID tail.
            out.putShort((short) subFormat).put(new byte[] {0x00, 0x00, 0x00, 0x00, 0x10, 0x00,
                    (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71});
        }
        out.put(ascii("data")).putInt(data.length).put(data);
        return out.array();
    }

    static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, bytes);
    }

    private static byte[] ascii(String id) {
        return id.getBytes(StandardCharsets.US_ASCII);
    }
}
