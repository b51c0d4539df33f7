package org.vpsim.results.parquet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageEncodingStats;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;

/**
 * Puts each column chunk's encoding list in the footer of a finished Parquet file into ascending order, in
 * place. Why: Parquet-Java 1.17 collects a chunk's encodings in a {@code HashSet<Encoding>}, whose iteration
 * order follows the enums' identity hash codes and so changes from one JVM run to the next; the footer then
 * differs in byte order only, which breaks "same scenario + seed ⇒ byte-identical files". Readers do not
 * care about the order (the list is informational), so sorting it changes nothing they see.
 *
 * <p>Layout (Parquet format spec, "File format"): {@code … <footer> <footer length: int32 LE> "PAR1"}.
 * The footer is re-serialized with Parquet's own Thrift structures; reordering a list keeps its length, but
 * the file is rewritten from the footer on in any case.
 */
public final class FooterEncodingOrder {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private FooterEncodingOrder() {
    }

    /** Sorts the encoding lists (and the page-encoding statistics) of every column chunk of {@code file}. */
    public static void normalize(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = ch.size();
            ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            readFully(ch, tail, size - 8);
            int footerLength = tail.getInt(0);
            for (int i = 0; i < 4; i++) {
                if (tail.get(4 + i) != MAGIC[i]) {
                    throw new IOException(file + ": not a Parquet file (no PAR1 magic at the end)");
                }
            }
            long footerStart = size - 8 - footerLength;
            if (footerLength <= 0 || footerStart < 4) {
                throw new IOException(file + ": footer length " + footerLength + " does not fit the file");
            }
            ByteBuffer footer = ByteBuffer.allocate(footerLength);
            readFully(ch, footer, footerStart);
            FileMetaData metadata = Util.readFileMetaData(new ByteArrayInputStream(footer.array()));
            sort(metadata);
            ByteArrayOutputStream out = new ByteArrayOutputStream(footerLength + 8);
            Util.writeFileMetaData(metadata, out);
            int newLength = out.size();
            ByteBuffer end = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
            end.putInt(newLength).put(MAGIC).flip();
            ch.truncate(footerStart);
            writeFully(ch, ByteBuffer.wrap(out.toByteArray()), footerStart);
            writeFully(ch, end, footerStart + newLength);
        }
    }

    static void sort(FileMetaData metadata) {
        for (RowGroup rowGroup : metadata.getRow_groups()) {
            for (ColumnChunk chunk : rowGroup.getColumns()) {
                ColumnMetaData meta = chunk.getMeta_data();
                if (meta == null) {
                    continue;
                }
                meta.getEncodings().sort(Comparator.comparingInt(Encoding::getValue));
                if (meta.isSetEncoding_stats()) {
                    meta.getEncoding_stats().sort(Comparator
                            .comparingInt((PageEncodingStats s) -> s.getPage_type().getValue())
                            .thenComparingInt(s -> s.getEncoding().getValue()));
                }
            }
        }
    }

    private static void readFully(FileChannel ch, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int n = ch.read(buffer, at);
            if (n < 0) {
                throw new IOException("unexpected end of file at byte " + at);
            }
            at += n;
        }
    }

    private static void writeFully(FileChannel ch, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            at += ch.write(buffer, at);
        }
    }
}
