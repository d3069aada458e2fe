package gov.ocss.ivr.app.demo;

import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The synthetic demo ledger.
 *
 * @param load  load it into an empty ledger; unset means yes on the embedded database, no elsewhere
 * @param cases how many cases
 * @param seed  the generator's seed: the same seed gives the same people, PINs and amounts
 */
@Validated
@ConfigurationProperties("ivr.demo")
public record DemoProperties(Boolean load, @DefaultValue("300") @PositiveOrZero int cases, @DefaultValue("2084485") long seed) {
}
