package org.procedura.scheduling.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.MappingConstants;
import org.mapstruct.ValueMapping;
import org.procedura.api.scheduling.AppointmentEventDto;
import org.procedura.api.scheduling.AppointmentResponse;
import org.procedura.api.scheduling.AwayResponse;
import org.procedura.api.scheduling.BookedPurpose;
import org.procedura.api.scheduling.ClinicianRequest;
import org.procedura.api.scheduling.ClinicianResponse;
import org.procedura.api.scheduling.HoldInstructionDto;
import org.procedura.api.scheduling.ProcedureSiteDto;
import org.procedura.api.scheduling.RoomRequest;
import org.procedura.api.scheduling.RoomResponse;
import org.procedura.api.scheduling.ScheduleEntry;
import org.procedura.api.scheduling.SlotResponse;
import org.procedura.api.scheduling.VisitKind;
import org.procedura.api.scheduling.WeeklyHoursDto;
import org.procedura.catalog.model.ProcedurePurpose;
import org.procedura.catalog.model.ProcedureTypeCode;
import org.procedura.scheduling.model.Appointment;
import org.procedura.scheduling.model.AppointmentEvent;
import org.procedura.scheduling.model.AppointmentKind;
import org.procedura.scheduling.model.AppointmentSummary;
import org.procedura.scheduling.model.CandidateSlot;
import org.procedura.scheduling.model.Clinician;
import org.procedura.scheduling.model.HoldInstruction;
import org.procedura.scheduling.model.ProcedureSite;
import org.procedura.scheduling.model.Room;
import org.procedura.scheduling.model.Unavailability;
import org.procedura.scheduling.model.WeeklyHours;
import org.procedura.shared.model.Actor;
import org.procedura.shared.model.Npi;
import org.procedura.shared.web.ClinicTime;

@Mapper(uses = ClinicTime.class)
interface SchedulingWebMapper {

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = ".", source = "profile")
  ClinicianResponse toResponse(Clinician clinician);

  Clinician.Profile toProfile(ClinicianRequest request);

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = ".", source = "setup")
  RoomResponse toResponse(Room room);

  Room.Setup toSetup(RoomRequest request);

  WeeklyHoursDto toDto(WeeklyHours hours);

  WeeklyHours toHours(WeeklyHoursDto dto);

  @Mapping(target = "start", source = "period.start")
  @Mapping(target = "end", source = "period.end")
  AwayResponse toResponse(Unavailability away);

  @Mapping(target = "id", source = "appointment.id.value")
  @Mapping(target = "patientId", source = "appointment.patient.value")
  @Mapping(target = "procedureType", source = "appointment.procedureType.value")
  @Mapping(target = "kind", source = "appointment.kind")
  @Mapping(target = "site", source = "appointment.site")
  @Mapping(target = "status", source = "appointment.status")
  @Mapping(target = "version", source = "appointment.version")
  @Mapping(target = "referralId", source = "appointment.referral")
  @Mapping(target = "clinicianId", source = "appointment.placement.clinician.value")
  @Mapping(target = "roomId", source = "appointment.placement.room.value")
  @Mapping(target = "start", source = "appointment.placement.slot.start")
  @Mapping(target = "end", source = "appointment.placement.slot.end")
  @Mapping(target = "history", source = "appointment.events")
  @Mapping(target = "holds", source = "holds")
  AppointmentResponse toResponse(Appointment appointment, List<HoldInstruction> holds);

  HoldInstructionDto toDto(HoldInstruction hold);

  @Mapping(target = "at", source = "stamp.at")
  @Mapping(target = "by", source = "stamp.by")
  AppointmentEventDto toDto(AppointmentEvent event);

  ProcedureSiteDto toDto(ProcedureSite site);

  ProcedureSite toSite(ProcedureSiteDto dto);

  ProcedurePurpose toPurpose(BookedPurpose purpose);

  AppointmentKind toKind(VisitKind kind);

  /** An appointment is never booked for either purpose (Appointment refuses it). */
  @ValueMapping(source = "DIAGNOSTIC_OR_THERAPEUTIC", target = MappingConstants.THROW_EXCEPTION)
  BookedPurpose toDto(ProcedurePurpose purpose);

  @Mapping(target = "clinicianId", source = "clinician.value")
  @Mapping(target = "roomId", source = "room.value")
  SlotResponse toResponse(CandidateSlot slot);

  @Mapping(target = "id", source = "id.value")
  @Mapping(target = "patientId", source = "patient.value")
  @Mapping(target = "procedureType", source = "procedureType.value")
  @Mapping(target = "clinicianId", source = "clinician.value")
  @Mapping(target = "roomId", source = "room.value")
  @Mapping(target = "start", source = "slot.start")
  @Mapping(target = "end", source = "slot.end")
  ScheduleEntry toEntry(AppointmentSummary summary);

  default Npi toNpi(String npi) {
    return new Npi(npi);
  }

  default String fromNpi(Npi npi) {
    return npi.value();
  }

  default Set<ProcedureTypeCode> toCodes(Set<String> codes) {
    return codes.stream().map(ProcedureTypeCode::new).collect(Collectors.toSet());
  }

  default Set<String> fromCodes(Set<ProcedureTypeCode> codes) {
    return codes.stream().map(ProcedureTypeCode::value).collect(Collectors.toSet());
  }

  default String fromActor(Actor actor) {
    return actor.username();
  }
}
