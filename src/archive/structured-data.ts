// schema.org JSON-LD for a meeting page: an Event, with each government's account as a Report.
import { PUBLISHER_NAMES } from './formats/registry.ts';
import type { Country, Meeting, Readout, Topic } from './schema.ts';

export function meetingJsonLd(meeting: Meeting, accounts: Readout[], context: { url: string; accountUrl: (r: Readout) => string; countries: Map<string, Country>; topics: Map<string, Topic>; image?: string }): object {
  const country = meeting.location?.country ? context.countries.get(meeting.location.country) : undefined;
  const start = meeting.startTime && meeting.startTime.basis !== 'japan' ? `${meeting.date}T${meeting.startTime.time}` : meeting.date;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': context.url,
    name: meeting.title,
    url: context.url,
    startDate: start,
    ...(meeting.durationMinutes ? { duration: `PT${meeting.durationMinutes}M` } : {}),
    eventAttendanceMode: meeting.channel === 'in-person' ? 'https://schema.org/OfflineEventAttendanceMode' : 'https://schema.org/OnlineEventAttendanceMode',
    ...(meeting.location
      ? {
          location: {
            '@type': 'Place',
            name: meeting.location.text,
            address: { '@type': 'PostalAddress', ...(meeting.location.city ? { addressLocality: meeting.location.city } : {}), ...(country ? { addressCountry: country.iso } : {}) },
          },
        }
      : {}),
    ...(context.image ? { image: context.image } : {}),
    attendee: meeting.participants.map((p) => ({ '@type': 'Person', name: p.name, ...(p.office ? { jobTitle: p.office } : {}) })),
    about: meeting.topics.map((t) => ({ '@type': 'Thing', name: context.topics.get(t)?.label ?? t })),
    subjectOf: accounts.map((r) => ({
      '@type': 'Report',
      name: r.title,
      url: context.accountUrl(r),
      datePublished: r.publishedDate ?? r.date,
      author: { '@type': 'GovernmentOrganization', name: PUBLISHER_NAMES[r.publisher] },
      ...(r.sourceUrl ? { isBasedOn: r.sourceUrl } : {}),
      ...(r.alsoPublishedAt.length ? { sameAs: r.alsoPublishedAt } : {}),
    })),
  };
}
