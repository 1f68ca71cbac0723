package org.wptdlm.web.system;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;

/**
 * A bean-validation path ({@code pads[1].efficiency}) as the client wrote it in JSON: a record
 * component renamed on the wire with {@link JsonProperty} (the seed's {@code nodes}, {@code nodeId})
 * is reported by its JSON name, so an error names the field the client sent.
 */
final class JsonFieldPath {

    private JsonFieldPath() {}

    static String of(Class<?> bodyType, String javaPath) {
        StringBuilder json = new StringBuilder();
        Class<?> type = bodyType;
        for (String segment : javaPath.split("\\.")) {
            int bracket = segment.indexOf('[');
            String name = bracket < 0 ? segment : segment.substring(0, bracket);
            RecordComponent component = component(type, name);
            JsonProperty renamed = component == null ? null : component.getAccessor().getAnnotation(JsonProperty.class);
            if (renamed == null && component != null) {
                renamed = field(type, name);
            }
            json.append(json.isEmpty() ? "" : ".")
                    .append(renamed == null || renamed.value().isEmpty() ? name : renamed.value())
                    .append(bracket < 0 ? "" : segment.substring(bracket));
            type = component == null ? null : elementType(component);
        }
        return json.toString();
    }

    private static RecordComponent component(Class<?> type, String name) {
        if (type == null || !type.isRecord()) {
            return null;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getName().equals(name)) {
                return component;
            }
        }
        return null;
    }

    private static JsonProperty field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name).getAnnotation(JsonProperty.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> elementType(RecordComponent component) {
        if (Collection.class.isAssignableFrom(component.getType())
                && component.getGenericType() instanceof ParameterizedType list) {
            Type element = list.getActualTypeArguments()[0];
            if (element instanceof Class<?> elementClass) {
                return elementClass;
            }
            return element instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw ? raw : null;
        }
        return component.getType();
    }
}
