import { MotionGlobalConfig } from "framer-motion";
import { afterEach } from "vitest";
import { cleanup, configure } from "@testing-library/react";

MotionGlobalConfig.skipAnimations = true;
// `findBy…` and `waitFor` wait for a state, never for a time: on a loaded CI machine grading a
// lesson (now asynchronous, as in the browser's worker) can take well over the 1 s default.
configure({ asyncUtilTimeout: 10_000 });
afterEach(() => cleanup());
