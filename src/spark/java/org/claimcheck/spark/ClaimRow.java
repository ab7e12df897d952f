package org.claimcheck.spark;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.claimcheck.extract.Claim;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.verify.Finding;

/** One claim flattened for the Parquet output, with its article; {@link #SCHEMA} names the columns. */
record ClaimRow(String articleId, String path, String fingerprint, String verdict, String kind, String text,
        int start, int end, int line, int column, String value, String explanation) implements Serializable {

    static final StructType SCHEMA = new StructType()
            .add("articleId", DataTypes.StringType, false)
            .add("path", DataTypes.StringType, false)
            .add("fingerprint", DataTypes.StringType, false)
            .add("verdict", DataTypes.StringType, false)
            .add("kind", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false)
            .add("start", DataTypes.IntegerType, false)
            .add("end", DataTypes.IntegerType, false)
            .add("line", DataTypes.IntegerType, false)
            .add("column", DataTypes.IntegerType, false)
            .add("value", DataTypes.StringType, false)
            .add("explanation", DataTypes.StringType, true);

    static ClaimRow of(ArticleResult article, Finding finding) {
        Claim c = finding.claim();
        return new ClaimRow(article.id(), article.path(), c.fingerprint(), finding.verdict().name(), c.kind().name(),
                c.text(), c.span().start(), c.span().end(), c.position().line(), c.position().column(),
                c.value().canonical(), finding.explanation());
    }

    Row toRow() {
        return RowFactory.create(articleId, path, fingerprint, verdict, kind, text, start, end, line, column, value,
                explanation);
    }
}
