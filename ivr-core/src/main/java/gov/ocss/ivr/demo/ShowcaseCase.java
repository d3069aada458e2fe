package gov.ocss.ivr.demo;

/** A showcase situation, the demo case that shows it and the participant to call as. */
public record ShowcaseCase(Showcase showcase, DemoCase supportCase) {

    public DemoPerson caller() {
        return supportCase.personIn(showcase.role());
    }
}
