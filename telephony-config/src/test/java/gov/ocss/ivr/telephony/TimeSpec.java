package gov.ocss.ivr.telephony;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

/**
 * A GotoIfTime time specification ({@code times,weekdays,days of month,months[,timezone]}) as
 * Asterisk's ast_build_timing reads it: each field {@code *} or parts joined by {@code &}, each
 * part one value or a range {@code a-b} that may wrap (fri-mon); a time range includes its last
 * minute (08:30-16:59 is open at 16:59 and closed at 17:00).
 */
record TimeSpec(BitSet minutes, BitSet weekdays, BitSet days, BitSet months, ZoneId zone) {
    private static final List<String> DAYS = List.of("sun", "mon", "tue", "wed", "thu", "fri", "sat");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
    private static final int MINUTES_A_DAY = 24 * 60;

    static TimeSpec parse(String spec, ZoneId defaultZone) {
        String[] fields = spec.split(",", -1);
        if (fields.length < 4 || fields.length > 5) {
            throw new IllegalArgumentException("a time spec has 4 or 5 fields: " + spec);
        }
        ZoneId zone = fields.length == 5 && !fields[4].isBlank() ? ZoneId.of(fields[4].strip()) : defaultZone;
        return new TimeSpec(minutes(fields[0].strip()), named(fields[1].strip(), DAYS),
                numbers(fields[2].strip(), 1, 31), named(fields[3].strip(), MONTHS), zone);
    }

    boolean includes(ZonedDateTime time) {
        ZonedDateTime local = time.withZoneSameInstant(zone);
        int weekday = local.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : local.getDayOfWeek().getValue();
        return minutes.get(local.getHour() * 60 + local.getMinute()) && weekdays.get(weekday)
                && days.get(local.getDayOfMonth()) && months.get(local.getMonthValue() - 1);
    }

    private static BitSet minutes(String field) {
        BitSet set = new BitSet(MINUTES_A_DAY);
        if (field.equals("*")) {
            set.set(0, MINUTES_A_DAY);
            return set;
        }
        for (String part : field.split("&")) {
            String[] range = part.split("-");
            int start = minute(range[0]);
            int end = range.length > 1 ? minute(range[1]) : start;
            for (int m = start; m != end; m = (m + 1) % MINUTES_A_DAY) {
                set.set(m);
            }
            set.set(end);
        }
        return set;
    }

    private static int minute(String time) {
        String[] hm = time.strip().split(":");
        int hour = Integer.parseInt(hm[0]);
        int minute = Integer.parseInt(hm[1]);
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("not a time: " + time);
        }
        return hour * 60 + minute;
    }

    private static BitSet named(String field, List<String> names) {
        BitSet set = new BitSet(names.size());
        if (field.equals("*")) {
            set.set(0, names.size());
            return set;
        }
        for (String part : field.split("&")) {
            String[] range = part.toLowerCase(Locale.ROOT).split("-");
            int start = index(range[0], names);
            int end = range.length > 1 ? index(range[1], names) : start;
            for (int i = start; i != end; i = (i + 1) % names.size()) {
                set.set(i);
            }
            set.set(end);
        }
        return set;
    }

    private static int index(String name, List<String> names) {
        int i = names.indexOf(name.strip());
        if (i < 0) {
            throw new IllegalArgumentException("not one of " + names + ": " + name);
        }
        return i;
    }

    private static BitSet numbers(String field, int low, int high) {
        BitSet set = new BitSet(high + 1);
        if (field.equals("*")) {
            set.set(low, high + 1);
            return set;
        }
        for (String part : field.split("&")) {
            String[] range = part.split("-");
            int start = Integer.parseInt(range[0].strip());
            int end = range.length > 1 ? Integer.parseInt(range[1].strip()) : start;
            if (start < low || start > high || end < low || end > high) {
                throw new IllegalArgumentException("out of " + low + "-" + high + ": " + part);
            }
            for (int i = start; i != end; i = i == high ? low : i + 1) {
                set.set(i);
            }
            set.set(end);
        }
        return set;
    }
}
