package org.procedura.messaging.web;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.procedura.messaging.model.CalendarEntry;

/**
 * The appointment as an iCalendar object (RFC 5545/5546): METHOD:REQUEST for a booking or a move,
 * METHOD:CANCEL with STATUS:CANCELLED for a cancellation, always the appointment's UID, with its
 * SEQUENCE counting the changes, so that a calendar updates or removes the event it has.
 */
final class AppointmentCalendar {
  private AppointmentCalendar() {}

  static String of(CalendarEntry entry) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Procedura//Patient messages//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(entry.cancelled() ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
    VEvent event = new VEvent(entry.start(), entry.end(), entry.summary());
    event.add(new Uid(entry.uid()));
    event.add(new Location(entry.location()));
    event.add(new Sequence(entry.sequence()));
    event.add(
        entry.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    calendar.add(event);
    return calendar.toString();
  }
}
