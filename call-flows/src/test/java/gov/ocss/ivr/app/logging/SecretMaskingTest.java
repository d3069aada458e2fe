package gov.ocss.ivr.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecretMaskingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            PIN 80024                                 | PIN *****
            PIN 80024.                                | PIN *****.
            keyed "80024#"                            | keyed "*****#"
            case 5236295464 verified                  | case ********** verified
            case:5236295464, pin:80024                | case:**********, pin:*****
            typed 523-629-5464                        | typed ***-***-****
            typed 6910-461-323                        | typed ****-***-***
            typed 6910 461 323 then 2                 | typed **** *** *** then 2
            typed 8 0 0 2 4                           | typed * * * * *
            SSN 123-45-6789 or 123456789              | SSN ***-**-**** or *********
            born 1980-01-15                           | born ****-**-**
            born 01/15/1980 (01151980)                | born **/**/**** (********)
            born 15.01.1980 or 1/5/80                 | born **.**.**** or */*/**
            ZIP=10013                                 | ZIP=*****
            Bind(stmt=S_1,$1=<'5236295464'>)          | Bind(stmt=S_1,$1=<'**********'>)
            Key (case_number)=(5236295464) exists     | Key (case_number)=(**********) exists
            pin:12345 or case:5236295464              | pin:***** or case:**********
            report 12345, report: 12345, airport=54321 | report *****, report: *****, airport=*****
            db.example:5236295464                     | db.example:**********
            PIN ৮০০২৪ in Bengali digits               | PIN ***** in Bengali digits
            """)
    void masksEveryShapeASecretCanTake(String logged, String written) {
        assertThat(SecretMasking.mask(logged)).isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Call ended after 12 s",
            "[helpline 1700000000.123] Call started",
            "Listening for Asterisk (FastAGI) on 127.0.0.1:4573",
            "Tomcat started on port 8080 (http)",
            "at gov.ocss.ivr.call.CallScript.run(CallScript.java:104) ~[ivr-core-0.1.0-SNAPSHOT.jar:0.1.0-SNAPSHOT]",
            "ivr.clock.start is set: the server's clock starts at 2026-11-22T10:00:00-05:00",
            "HikariPool-1 - Pool stats (total=10, active=0, idle=10, waiting=0)",
            "org.postgresql.jdbc.PgConnection@5f3a2b1c, embedded in /tmp/ivr-demo-db8273645263547162534",
            "request 123e4567-e89b-12d3-a456-426614174000 took 1,234 ms and $2,504.92",
            "the last four of an SSN, 6789, and the year 2026 are only four digits",
            "SK GA 5 4 3",
            "Closed the FastAGI connection from 10.0.0.5:51234: a line longer than 4096 bytes",
            "Cannot connect to the database at jdbc:postgresql://127.0.0.1:54321/ledger or //db-2.example:54322/x",
            "Refused a connection from [::1]:51234",
            "Tomcat started on port 54321 (http); the embedded PostgreSQL (port: 54322), Process[pid=12345]",
            "Starting PhoneLineApplication using Java 17.0.12 with PID 123456 on Apache Tomcat/11.0.14",
            "Loaded demo data: 300 cases, seed 20,241,107, anchor month 2026-11, 31,819 rows in 1,204 ms"})
    void keepsNumbersThatCannotBeASecretAsTheyAre(String logged) {
        assertThat(SecretMasking.mask(logged)).isEqualTo(logged);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Call started", "", "the caller hung up", "Call ended after 12 s", "1/5/8"})
    void aLineWithTooFewDigitsToHideIsReturnedAsItIs(String logged) {
        assertThat(SecretMasking.mask(logged)).isSameAs(logged);
    }
}
