package org.wptdlm.web.system;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * No REST body carries NaN or an infinite number: {@code 1e999} or {@code "NaN"} where a number
 * belongs is a 400 naming the field, before any validation or arithmetic sees it.
 */
@Configuration
class FiniteNumbers {

    /** A module bean: Spring Boot adds it to the application's ObjectMapper. */
    @Bean
    Module finiteNumbersOnly() {
        SimpleModule module = new SimpleModule("finite-numbers");
        module.addDeserializer(Double.class, new FiniteDouble(new NumberDeserializers.DoubleDeserializer(Double.class, null)));
        module.addDeserializer(double.class, new FiniteDouble(new NumberDeserializers.DoubleDeserializer(double.class, 0.0)));
        return module;
    }

    private static final class FiniteDouble extends JsonDeserializer<Double> {

        private final JsonDeserializer<Double> plain;

        FiniteDouble(JsonDeserializer<Double> plain) {
            this.plain = plain;
        }

        @Override
        public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Double value = plain.deserialize(parser, context);
            if (value != null && !Double.isFinite(value)) {
                return (Double) context.handleWeirdNumberValue(Double.class, value, "not a finite number");
            }
            return value;
        }

        @Override
        public Double getNullValue(DeserializationContext context) throws JsonMappingException {
            return plain.getNullValue(context);
        }
    }
}
