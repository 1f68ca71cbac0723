package org.wptdlm.ingest.store;

import java.util.List;
import org.springframework.stereotype.Component;
import org.wptdlm.db.rejected.RejectedMessageRepository;
import org.wptdlm.domain.rejected.RejectedMessage;
import org.wptdlm.ingest.rejection.Rejection;
import org.wptdlm.ingest.rejection.RejectionStore;

/**
 * Rejections in the rejected_messages table. The stored reason starts with the reason code
 * ({@code soc-out-of-range: socPercent must be within 0-100, was 120.0}), so it can be filtered by.
 */
@Component
class JooqRejectionStore implements RejectionStore {

    private final RejectedMessageRepository repository;

    JooqRejectionStore(RejectedMessageRepository repository) {
        this.repository = repository;
    }

    @Override
    public void saveAll(List<Rejection> rejections) {
        repository.insertAll(rejections.stream()
                .map(rejection -> new RejectedMessage(null, rejection.topic(), rejection.payloadExcerpt(),
                        rejection.reason().code() + ": " + rejection.detail(), rejection.receivedAt()))
                .toList());
    }
}
