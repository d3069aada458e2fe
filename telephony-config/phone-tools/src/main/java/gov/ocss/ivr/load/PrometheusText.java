package gov.ocss.ivr.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One reading of the server's Prometheus endpoint (the text format), for comparing what the server
 * says it did with what the load tool saw. Only what that comparison needs: sums of a metric's series
 * and the histogram of step turnarounds.
 */
final class PrometheusText {
    private record Sample(String name, String labels, double value) {
    }

    private final List<Sample> samples;

    private PrometheusText(List<Sample> samples) {
        this.samples = samples;
    }

    /** The endpoint's current reading, or empty if it cannot be read (no endpoint, server busy). */
    static Optional<PrometheusText> read(String url) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? Optional.of(parse(response.body())) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static PrometheusText parse(String text) {
        List<Sample> samples = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            if (space < 0) {
                continue;
            }
            String name = brace >= 0 && brace < space ? line.substring(0, brace) : line.substring(0, line.indexOf(' '));
            String labels = brace >= 0 && brace < space ? line.substring(brace + 1, line.lastIndexOf('}')) : "";
            try {
                samples.add(new Sample(name, labels, Double.parseDouble(line.substring(space + 1))));
            } catch (NumberFormatException e) {
                // A value we do not need (NaN forms differ); skip it.
            }
        }
        return new PrometheusText(samples);
    }

    /** The sum of every series of {@code name} whose labels contain {@code labelPart} (empty: all). */
    double sum(String name, String labelPart) {
        return samples.stream().filter(s -> s.name.equals(name) && s.labels.contains(labelPart))
                .mapToDouble(Sample::value).sum();
    }

    double sum(String name) {
        return sum(name, "");
    }

    boolean has(String name) {
        return samples.stream().anyMatch(s -> s.name.equals(name));
    }

    /**
     * The {@code p}-th percentile of the steps taken between {@code before} and this reading, as the
     * server's histogram tells it: the upper bound of the bucket it falls in, in microseconds.
     */
    double stepPercentileMicrosSince(PrometheusText before, double p) {
        TreeMap<Double, Double> now = buckets();
        TreeMap<Double, Double> then = before.buckets();
        double count = sum("ivr_agi_step_seconds_count") - before.sum("ivr_agi_step_seconds_count");
        if (count <= 0) {
            return Double.NaN;
        }
        for (var bucket : now.entrySet()) {
            double cumulative = bucket.getValue() - then.getOrDefault(bucket.getKey(), 0.0);
            if (cumulative >= p / 100 * count) {
                return bucket.getKey() * 1e6;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private TreeMap<Double, Double> buckets() {
        TreeMap<Double, Double> buckets = new TreeMap<>();
        for (Sample s : samples) {
            if (s.name.equals("ivr_agi_step_seconds_bucket")) {
                int le = s.labels.indexOf("le=\"");
                String bound = s.labels.substring(le + 4, s.labels.indexOf('"', le + 4));
                double upper = bound.equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(bound);
                buckets.merge(upper, s.value, Double::sum);
            }
        }
        return buckets;
    }
}
