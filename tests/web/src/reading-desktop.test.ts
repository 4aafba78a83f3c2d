import { findingOnesWay } from "./reading.ts";

findingOnesWay("desktop");
