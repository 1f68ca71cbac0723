package org.wptdlm.web.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/** Chart data as the JSON a page's script reads from an element's {@code data-chart} attribute. */
@Component
public class ChartJson {

    private final ObjectMapper json;

    ChartJson(ObjectMapper json) {
        this.json = json;
    }

    public String write(Object chart) {
        try {
            return json.writeValueAsString(chart);
        } catch (JsonProcessingException failure) {
            throw new IllegalStateException("Chart data cannot be written as JSON", failure);
        }
    }
}
