// Imported first by every script a person runs: on a Node older than package.json's engines, stop with one
// sentence before any module that needs a newer Node is even loaded (ES modules evaluate in import order).
import { checkNodeVersion, exitWith } from "./preflight";

try {
  checkNodeVersion();
} catch (error) {
  exitWith(error);
}
