package gov.ocss.ivr.simulator;

/**
 * Whether simulated call time also passes on the wall clock. Tests run calls {@link #INSTANT}ly:
 * a 20-second prompt and a 5-second timeout take no time at all. A load test uses
 * {@link #REAL_TIME} so each call holds the server as long as a real caller would; time a caller
 * spends deciding in {@link SimulatedCaller#onTurn} counts towards it.
 */
public enum Pacing {
    INSTANT {
        @Override
        void elapse(long millis) {
        }
    },
    REAL_TIME {
        @Override
        void elapse(long millis) throws InterruptedException {
            if (millis > 0) {
                Thread.sleep(millis);
            }
        }
    };

    abstract void elapse(long millis) throws InterruptedException;
}
