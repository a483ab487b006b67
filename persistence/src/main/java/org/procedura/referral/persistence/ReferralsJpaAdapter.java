package org.procedura.referral.persistence;

import java.util.Optional;
import org.procedura.referral.model.Referral;
import org.procedura.referral.model.ReferralId;
import org.procedura.referral.model.ReferralStatus;
import org.procedura.referral.model.ReferralWorkItem;
import org.procedura.referral.model.Referrals;
import org.procedura.shared.model.PageQuery;
import org.procedura.shared.model.PageResult;
import org.procedura.shared.persistence.Versions;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

@Component
class ReferralsJpaAdapter implements Referrals {
  private final ReferralJpaRepository repository;
  private final ReferralPersistenceMapper mapper;

  ReferralsJpaAdapter(ReferralJpaRepository repository, ReferralPersistenceMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  public Optional<Referral> find(ReferralId id) {
    return repository.findById(id.toString()).map(mapper::toDomain);
  }

  @Override
  public Referral save(Referral referral) {
    String id = referral.getId().toString();
    ReferralJpaEntity entity =
        referral.getVersion() == null
            ? new ReferralJpaEntity()
            : Versions.loadAt(repository, id, referral.getVersion(), "referral");
    mapper.copyToEntity(referral, entity);
    return mapper.toDomain(Versions.saveAndFlush(repository, entity, "referral " + id));
  }

  @Override
  public PageResult<ReferralWorkItem> withStatus(ReferralStatus status, PageQuery page) {
    var found = repository.worklist(status.name(), PageRequest.of(page.page(), page.size()));
    return new PageResult<>(
        found.map(mapper::toWorkItem).getContent(),
        page.page(),
        page.size(),
        found.getTotalElements());
  }
}
