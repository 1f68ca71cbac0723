package org.wptdlm.web.whatif;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * At most {@code maxConcurrentSolves} what-if solves at once. A solve over the limit is refused at
 * once (no queue: a queued request would hold a server thread) with 429 and a Retry-After of the
 * longest budget, by when a slot has surely come free.
 */
final class SolveSlots {

    private final Semaphore slots;
    private final long retryAfterSeconds;

    SolveSlots(int maxConcurrentSolves, long retryAfterSeconds) {
        this.slots = new Semaphore(maxConcurrentSolves);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    <T> T run(Supplier<T> solve) {
        if (!slots.tryAcquire()) {
            throw tooMany();
        }
        try {
            return solve.get();
        } finally {
            slots.release();
        }
    }

    private ErrorResponseException tooMany() {
        HttpStatus status = HttpStatus.TOO_MANY_REQUESTS;
        ErrorResponseException failure = new ErrorResponseException(status, ProblemDetail.forStatusAndDetail(status,
                "Every what-if solve slot is busy; try again in " + retryAfterSeconds + " s."), null);
        failure.getHeaders().set("Retry-After", Long.toString(retryAfterSeconds));
        return failure;
    }
}
