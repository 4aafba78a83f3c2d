import { findingOnesWay } from "./reading.ts";

findingOnesWay("phone");
