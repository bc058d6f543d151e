import { defineBackground } from "#imports";
import { startBackground } from "../platform/background-main";

export default defineBackground({ type: "module", main: startBackground });
