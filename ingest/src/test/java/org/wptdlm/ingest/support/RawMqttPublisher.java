package org.wptdlm.ingest.support;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Publishes QoS 1 messages with any bytes as topic name, as a misbehaving device would: client
 * libraries refuse to send what a broker may still pass on. Writes MQTT 3.1.1 packets by hand.
 */
public final class RawMqttPublisher {

    private final String host;
    private final int port;

    public RawMqttPublisher(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /**
     * Connects, publishes one message with QoS 1 and waits for the PUBACK. False when the broker
     * refused it (closed the connection instead of acknowledging).
     */
    public boolean publish(byte[] topic, byte[] payload) throws IOException {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            out.write(packet(0x10, connect()));
            out.flush();
            if (in.readUnsignedByte() != 0x20 || in.readUnsignedByte() != 2) {
                return false;
            }
            in.readUnsignedShort();
            ByteArrayOutputStream publish = new ByteArrayOutputStream();
            writeString(publish, topic);
            publish.write(0);
            publish.write(1);
            publish.write(payload);
            out.write(packet(0x32, publish.toByteArray()));
            out.flush();
            return in.readUnsignedByte() == 0x40;
        } catch (EOFException | java.net.SocketException e) {
            return false;
        }
    }

    public boolean publish(String topic, byte[] payload) throws IOException {
        return publish(topic.getBytes(StandardCharsets.UTF_8), payload);
    }

    private static byte[] connect() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writeString(body, "MQTT".getBytes(StandardCharsets.US_ASCII));
        body.write(4);
        body.write(0x02);
        body.write(0);
        body.write(30);
        writeString(body, ("raw-" + UUID.randomUUID().toString().substring(0, 8)).getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static byte[] packet(int header, byte[] body) {
        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        packet.write(header);
        int length = body.length;
        do {
            int digit = length % 128;
            length /= 128;
            packet.write(length > 0 ? digit | 0x80 : digit);
        } while (length > 0);
        packet.writeBytes(body);
        return packet.toByteArray();
    }

    private static void writeString(ByteArrayOutputStream out, byte[] bytes) {
        out.write(bytes.length >> 8);
        out.write(bytes.length & 0xFF);
        out.writeBytes(bytes);
    }
}
