package gov.ocss.ivr.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The phone line: the FastAGI server for both lines, on the shared ledger, with a health endpoint. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PhoneLineApplication {

    public static void main(String[] args) {
        SpringApplication.run(PhoneLineApplication.class, args);
    }
}
