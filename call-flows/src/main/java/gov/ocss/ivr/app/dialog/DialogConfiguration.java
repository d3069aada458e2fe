package gov.ocss.ivr.app.dialog;

import gov.ocss.ivr.agi.AgiLimits;
import gov.ocss.ivr.caller.Line;
import gov.ocss.ivr.dialog.DialogTimings;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class DialogConfiguration {

    /** What each line's CallScript runs its dialogs with; built (and so checked) at start-up, before any call. */
    @Bean
    Map<Line, DialogTimings> dialogTimings(DialogProperties properties, AgiLimits limits) {
        return properties.timingsByLine(limits.replyTimeout());
    }
}
