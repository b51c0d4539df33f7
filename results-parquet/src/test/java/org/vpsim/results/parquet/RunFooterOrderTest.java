package org.vpsim.results.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.Util;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Parquet-Java lists a column chunk's encodings in hash order, which changes between JVM runs; the
 * writer sorts them so that the files' bytes depend only on their content.
 */
class RunFooterOrderTest {

    @Test
    void everyColumnChunkListsItsEncodingsInAscendingOrder(@TempDir Path dir) throws IOException {
        SampleRuns.writeCompleteRun(dir);
        List<Path> files = parquetFiles(dir);
        assertEquals(4, files.size(), "two timeseries partitions, events, summary: " + files);
        for (Path f : files) {
            for (RowGroup rg : footer(Files.readAllBytes(f)).getRow_groups()) {
                for (ColumnChunk c : rg.getColumns()) {
                    List<Encoding> encodings = c.getMeta_data().getEncodings();
                    List<Encoding> sorted = new ArrayList<>(encodings);
                    sorted.sort((a, b) -> Integer.compare(a.getValue(), b.getValue()));
                    assertEquals(sorted, encodings, f + " " + c.getMeta_data().getPath_in_schema());
                }
            }
        }
    }

    @Test
    void aFooterInAnotherHashOrderNormalizesToTheSameBytes(@TempDir Path dir) throws IOException {
        SampleRuns.writeCompleteRun(dir);
        Path original = dir.resolve("events.parquet");
        byte[] expected = Files.readAllBytes(original);
        // The same file as another JVM could have written it: every encoding list reversed.
        FileMetaData shuffled = footer(expected);
        boolean changed = false;
        for (RowGroup rg : shuffled.getRow_groups()) {
            for (ColumnChunk c : rg.getColumns()) {
                changed |= c.getMeta_data().getEncodings().size() > 1;
                Collections.reverse(c.getMeta_data().getEncodings());
            }
        }
        assertTrue(changed, "some column must use more than one encoding, or this test shows nothing");
        Path other = dir.resolve("other.parquet");
        Files.write(other, withFooter(expected, shuffled));
        assertFalse(Arrays.equals(expected, Files.readAllBytes(other)));

        FooterEncodingOrder.normalize(other);

        assertArrayEquals(expected, Files.readAllBytes(other));
        assertEquals(ParquetRows.readEvents(original), ParquetRows.readEvents(other));
    }

    private static List<Path> parquetFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
        }
    }

    private static int footerLength(byte[] file) {
        return ByteBuffer.wrap(file, file.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private static FileMetaData footer(byte[] file) throws IOException {
        int length = footerLength(file);
        return Util.readFileMetaData(new ByteArrayInputStream(file, file.length - 8 - length, length));
    }

    private static byte[] withFooter(byte[] file, FileMetaData metadata) throws IOException {
        int start = file.length - 8 - footerLength(file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(file, 0, start);
        ByteArrayOutputStream footer = new ByteArrayOutputStream();
        Util.writeFileMetaData(metadata, footer);
        out.write(footer.toByteArray());
        out.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.size()).array());
        out.write(file, file.length - 4, 4);
        return out.toByteArray();
    }
}
