package org.claimcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes the content of one JSON document or data block, token by token, to a generator it does not own. */
@FunctionalInterface
interface JsonBody {

    void writeTo(JsonGenerator json) throws IOException;
}
