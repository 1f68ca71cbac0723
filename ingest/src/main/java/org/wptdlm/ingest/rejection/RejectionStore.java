package org.wptdlm.ingest.rejection;

import java.util.List;

/** Where rejections are kept for operators (the rejected_messages table). */
public interface RejectionStore {

    void saveAll(List<Rejection> rejections);
}
