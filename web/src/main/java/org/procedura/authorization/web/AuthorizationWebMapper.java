package org.procedura.authorization.web;

import java.util.List;
import org.procedura.api.authorization.AuthorizationTermsDto;
import org.procedura.api.authorization.AuthorizationWorklistResponse;
import org.procedura.api.authorization.PriorAuthorizationResponse;
import org.procedura.authorization.application.AuthorizationView;
import org.procedura.authorization.application.AuthorizationWorklist;
import org.procedura.authorization.model.AuthorizationQueries.DependentBooking;
import org.procedura.authorization.model.AuthorizationQueries.Expiring;
import org.procedura.authorization.model.AuthorizationQueries.UnauthorizedBooking;
import org.procedura.authorization.model.AuthorizationTerms;
import org.procedura.authorization.model.PriorAuthorization;
import org.procedura.catalog.model.CptCode;
import org.procedura.shared.model.Stamp;
import org.procedura.shared.web.ClinicTime;
import org.springframework.stereotype.Component;

/** Prior authorizations between the API and the domain. */
@Component
class AuthorizationWebMapper {
  private final ClinicTime time;
  private final AuthorizationValueMapper values;

  AuthorizationWebMapper(ClinicTime time, AuthorizationValueMapper values) {
    this.time = time;
    this.values = values;
  }

  AuthorizationTerms toTerms(AuthorizationTermsDto dto) {
    return new AuthorizationTerms(
        dto.payer(),
        dto.cptCodes().stream().map(CptCode::new).toList(),
        dto.units(),
        values.toDomain(dto.region()),
        values.toDomain(dto.laterality()),
        dto.validFrom(),
        dto.validTo(),
        dto.visitsApproved(),
        dto.document());
  }

  PriorAuthorizationResponse toResponse(AuthorizationView view) {
    PriorAuthorization a = view.authorization();
    AuthorizationTerms terms = a.getTerms();
    Stamp changed = a.getChanged();
    return new PriorAuthorizationResponse(
        a.getId().value(),
        a.getPatient().value(),
        values.toApi(a.getStatus()),
        a.getNumber(),
        a.getNote(),
        new AuthorizationTermsDto(
            terms.payer(),
            terms.cptCodes().stream().map(CptCode::value).toList(),
            terms.units(),
            values.toApi(terms.region()),
            values.toApi(terms.laterality()),
            terms.validFrom(),
            terms.validTo(),
            terms.visitsApproved(),
            terms.document()),
        view.usage().booked(),
        view.usage().used(),
        view.visitsLeft(),
        a.getRecorded().by().username(),
        time.toOffset(a.getRecorded().at()),
        changed == null ? null : changed.by().username(),
        changed == null ? null : time.toOffset(changed.at()),
        a.getVersion() == null ? 0 : a.getVersion());
  }

  AuthorizationWorklistResponse toResponse(int days, AuthorizationWorklist.WorkItems items) {
    return new AuthorizationWorklistResponse(
        days,
        items.expiring().stream().map(this::toExpiring).toList(),
        items.needingOne().stream().map(this::toBooking).toList());
  }

  private AuthorizationWorklistResponse.Expiring toExpiring(Expiring e) {
    List<AuthorizationWorklistResponse.Booking> bookings =
        e.bookings().stream().map(b -> toBooking(e, b)).toList();
    return new AuthorizationWorklistResponse.Expiring(
        e.authorization().value(),
        e.patient().value(),
        e.number(),
        e.payer(),
        e.validTo(),
        e.visitsApproved(),
        bookings);
  }

  private AuthorizationWorklistResponse.Booking toBooking(Expiring e, DependentBooking b) {
    return new AuthorizationWorklistResponse.Booking(
        b.appointment(), e.patient().value(), b.procedureType().value(), time.toOffset(b.start()));
  }

  private AuthorizationWorklistResponse.Booking toBooking(UnauthorizedBooking b) {
    return new AuthorizationWorklistResponse.Booking(
        b.appointment(), b.patient().value(), b.procedureType().value(), time.toOffset(b.start()));
  }
}
