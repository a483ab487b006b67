package org.procedura.outcomes.persistence;

import java.util.List;
import java.util.Optional;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.outcomes.model.FollowUpProtocol;
import org.procedura.outcomes.model.FollowUpProtocols;
import org.procedura.shared.persistence.Versions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Protocols as JPA entities; a revision is written only onto the version it was read at. */
@Component
class FollowUpProtocolsJpaAdapter implements FollowUpProtocols {
  private static final String RESOURCE = "follow-up protocol";

  private final FollowUpProtocolJpaRepository repository;
  private final FollowUpProtocolPersistenceMapper mapper;

  FollowUpProtocolsJpaAdapter(
      FollowUpProtocolJpaRepository repository, FollowUpProtocolPersistenceMapper mapper) {
    this.repository = repository;
    this.mapper = mapper;
  }

  @Override
  @Transactional(readOnly = true)
  public List<FollowUpProtocol> all() {
    return repository.allInCodeOrder().stream().map(mapper::toDomain).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<FollowUpProtocol> find(ProcedureTypeCode procedureType) {
    return repository.findById(procedureType.value()).map(mapper::toDomain);
  }

  @Override
  @Transactional
  public FollowUpProtocol save(FollowUpProtocol protocol) {
    String code = protocol.getProcedureType().value();
    FollowUpProtocolJpaEntity entity =
        protocol.getVersion() == null
            ? new FollowUpProtocolJpaEntity()
            : Versions.loadAt(repository, code, protocol.getVersion(), RESOURCE);
    mapper.copyToEntity(protocol, entity);
    return mapper.toDomain(Versions.saveAndFlush(repository, entity, RESOURCE + " " + code));
  }
}
