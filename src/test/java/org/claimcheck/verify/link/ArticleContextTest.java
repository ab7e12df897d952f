package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleContextTest {

    @Test
    void includesTheTwoPrecedingSentencesAcrossParagraphs() {
        String text = "One is here. Two is here.\nThree is here. Four is here.";
        int four = text.indexOf("Four");
        assertThat(ArticleContext.before(text, four)).isEqualTo("Two is here.\nThree is here. ");
        String longer = "One is here.\nTwo is here.\nThree is here.\nFour is here.";
        assertThat(ArticleContext.before(longer, longer.indexOf("Four"))).isEqualTo("Two is here.\nThree is here.\n");
    }

    @Test
    void includesTheWholeParagraphSoFarEvenWhenItIsLonger() {
        String text = "Old news.\nA is here. B is here. C is here. D is here.";
        String context = ArticleContext.before(text, text.indexOf("D is"));
        assertThat(context).isEqualTo("A is here. B is here. C is here. ");
    }

    @Test
    void isEmptyAtTheStartOfTheArticle() {
        assertThat(ArticleContext.before("First sentence.", 0)).isEmpty();
    }
}
