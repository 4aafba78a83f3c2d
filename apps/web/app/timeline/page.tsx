import type { Metadata } from "next";
import { Timeline } from "@/components/Timeline";
import { listEvents } from "@/lib/data";

export const metadata: Metadata = {
  title: "Timeline",
  description: "Occupation, return, resolutions, reports and investigations in date order, each event with its source.",
};

export default function TimelinePage() {
  const events = listEvents();
  return (
    <>
      <h1>Timeline</h1>
      <p className="lede">
        {events.length} event{events.length === 1 ? "" : "s"} in date order. Each links to its sources and the records it concerns.
      </p>
      <Timeline events={events} />
    </>
  );
}
