package dev.partneros.scoring.maturity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MaturityProperties {

  static final List<String> IDS = MaturityPolicy.standard().items().stream().map(ChecklistItem::id)
      .collect(java.util.stream.Collectors.toList());
  static final MaturityAssessor STANDARD = MaturityAssessor.of(MaturityPolicy.standard());

  @Provide
  Arbitrary<Set<String>> done() {
    return Arbitraries.of(IDS).set().ofMaxSize(IDS.size());
  }

  @Provide
  Arbitrary<String> item() {
    return Arbitraries.of(IDS);
  }

  @Property
  void checkingOneMoreItemNeverLowersAStageOrAnArea(@ForAll("done") Set<String> done, @ForAll("item") String item) {
    MaturityResult before = STANDARD.stage(done);
    Set<String> more = new HashSet<>(done);
    more.add(item);
    MaturityResult after = STANDARD.stage(more);
    assertThat(after.stage()).isGreaterThanOrEqualTo(before.stage());
    for (CapabilityArea area : CapabilityArea.values()) {
      assertThat(after.areaLevels().get(area)).isGreaterThanOrEqualTo(before.areaLevels().get(area));
    }
    if (after.stage() == before.stage()) {
      assertThat(after.progressToNext()).isGreaterThanOrEqualTo(before.progressToNext());
    }
  }

  @Property
  void theProgramIsNeverAboveItsWeakestArea(@ForAll("done") Set<String> done) {
    MaturityResult result = STANDARD.stage(done);
    for (MaturityStage level : result.areaLevels().values()) {
      assertThat(level).isGreaterThanOrEqualTo(result.stage());
    }
    assertThat(result.nextSteps()).noneMatch(i -> done.contains(i.id()));
  }
}
