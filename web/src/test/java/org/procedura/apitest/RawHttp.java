package org.procedura.apitest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * HTTP/1.1 written byte for byte on a socket, for what {@code java.net.http} refuses to send: bad
 * percent-escapes, raw non-ASCII, characters not allowed in a request line.
 */
public final class RawHttp {
  private final int port;

  public RawHttp(int port) {
    this.port = port;
  }

  /** Sends the request line and headers as given, then the body, and reads the answer. */
  public Response send(String requestLine, Map<String, String> headers, byte[] body) {
    var head = new StringBuilder(requestLine).append("\r\n");
    head.append("Host: localhost:").append(port).append("\r\n");
    headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
    if (body != null) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("Connection: close\r\n\r\n");
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(20_000);
      var out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return Response.parse(readAll(socket.getInputStream()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Response get(String target, String token) {
    return send(
        "GET " + target + " HTTP/1.1",
        token == null ? Map.of() : Map.of("Authorization", "Bearer " + token),
        null);
  }

  private static byte[] readAll(InputStream in) throws IOException {
    var buffer = new ByteArrayOutputStream();
    in.transferTo(buffer);
    return buffer.toByteArray();
  }

  /** The status, headers (names in lower case) and body, de-chunked. */
  public record Response(int status, Map<String, String> headers, String body) {
    static Response parse(byte[] raw) {
      String text = new String(raw, StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      if (end < 0) {
        throw new IllegalStateException("no complete answer: " + text);
      }
      String[] lines = text.substring(0, end).split("\r\n");
      int status = Integer.parseInt(lines[0].split(" ")[1]);
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
      byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
      if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
        body = dechunk(body);
      }
      return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
      var out = new ByteArrayOutputStream();
      int at = 0;
      while (at < chunked.length) {
        int lineEnd = indexOfCrlf(chunked, at);
        String sizeLine = new String(chunked, at, lineEnd - at, StandardCharsets.US_ASCII);
        int size = Integer.parseInt(sizeLine.split(";")[0].trim(), 16);
        if (size == 0) {
          break;
        }
        out.write(chunked, lineEnd + 2, size);
        at = lineEnd + 2 + size + 2;
      }
      return out.toByteArray();
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
      for (int i = from; i < bytes.length - 1; i++) {
        if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
          return i;
        }
      }
      return bytes.length;
    }

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public JsonNode json() {
      return Api.JSON.readTree(body);
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + body;
    }
  }
}
