package org.claimcheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Sentences are written as CoreNLP tags them: word/TAG, one space between tokens. */
class NameFilterTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "The/DT bloc/NN grew/VBD out/IN of/IN the/DT Shanghai/NNP Five/CD ./.",
        "Veterans/NNS of/IN World/NNP War/NNP II/CD gathered/VBD ./.",
        "Troops/NNS took/VBD part/NN in/IN Vostok/NNP 2018/CD ./.",
        "Beijing/NNP 2008/CD was/VBD the/DT first/JJ Games/NNPS in/IN China/NNP ./.",
        "The/DT 2001/CD Treaty/NNP is/VBZ still/RB in/IN force/NN ./.",
        "Airlines/NNS ordered/VBD 30/CD Boeing/NNP 747/CD freighters/NNS ./.",
        "Leaders/NNS of/IN the/DT G20/NNP met/VBD in/IN Osaka/NNP ./.",
        "Cases/NNS of/IN COVID-19/NN fell/VBD ./.",
        "Protesters/NNS recalled/VBD the/DT Arab/JJ Spring/NN ./.",
        "Five/CD Star/NNP was/VBD founded/VBN in/IN 2009/CD ./.",
    })
    void sendsAValueThatTouchesANameToTheNameTagger(String sentence) {
        assertThat(mayNameAValue(sentence)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The/DT pipeline/NN began/VBD operations/NNS in/IN 2019/CD ./.",
        "Trade/NN reached/VBD a/DT record/JJ $/$ 147/CD billion/CD in/IN 2021/CD ./.",
        "The/DT treaty/NN was/VBD signed/VBN on/IN 16/CD July/NNP 2001/CD in/IN Moscow/NNP ./.",
        "In/IN 2019/CD ,/, Russia/NNP signed/VBD a/DT deal/NN worth/JJ $/$ 400/CD billion/CD ./.",
        "Gazprom/NNP said/VBD on/IN Monday/NNP that/IN exports/NNS fell/VBD 30/CD %/NN last/JJ year/NN ./.",
        "Five/CD members/NNS founded/VBD the/DT bloc/NN in/IN June/NNP 2001/CD ./.",
        "The/DT summit/NN opened/VBD on/IN 4/CD July/NNP ,/, and/CC I/PRP attended/VBD ./.",
        "Exports/NNS to/TO China/NNP rose/VBD 12/CD %/NN in/IN March/NNP ./.",
    })
    void leavesValuesApartFromNamesToTheRulesAlone(String sentence) {
        assertThat(mayNameAValue(sentence)).isFalse();
    }

    private static boolean mayNameAValue(String tagged) {
        List<String> words = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (String token : tagged.split(" ")) {
            int slash = token.lastIndexOf('/');
            words.add(token.substring(0, slash));
            tags.add(token.substring(slash + 1));
        }
        return NameFilter.mayNameAValue(words, tags);
    }
}
