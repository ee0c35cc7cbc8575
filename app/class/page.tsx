// The classroom's front door. For now it says who this browser is (instructor or student) and what the
// instructor key unlocks; the lessons list arrives with classroom mode.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { isInstructor } from "@/infra/access/instructor-access";

export const metadata: Metadata = { title: "Classroom" };
export const dynamic = "force-dynamic";

export default async function ClassPage() {
  const instructor = isInstructor(await headers());
  return (
    <main className="mx-auto max-w-3xl px-4 py-12">
      <p className="text-sm font-semibold uppercase tracking-wider text-brand-700">Classroom</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight">{instructor ? "You are the instructor" : "Welcome to the class"}</h1>
      {instructor ? (
        <div className="card mt-6 p-6" data-testid="instructor-status">
          <p className="text-stone-700">
            This browser holds the instructor key (an httpOnly cookie, valid for 12 hours). It may change the function runtime, and
            everything else that changes the app for the whole room. Students who open the app never can.
          </p>
          <ul className="mt-4 list-disc space-y-1 pl-6 text-stone-700">
            <li>
              <a className="font-semibold text-brand-700 underline-offset-4 hover:underline" href="/class/bench">Lab bench</a> — generate load
              against either store and switch failures on, with live charts
            </li>
            <li>
              <a className="font-semibold text-brand-700 underline-offset-4 hover:underline" href="/architecture">Architecture lens</a> — runtime
              controls and everyone&apos;s traffic
            </li>
            <li>
              <a className="font-semibold text-brand-700 underline-offset-4 hover:underline" href="/monolith">Monolith store</a> and{" "}
              <a className="font-semibold text-brand-700 underline-offset-4 hover:underline" href="/serverless">serverless store</a>
            </li>
          </ul>
        </div>
      ) : (
        <div className="card mt-6 p-6">
          <p className="text-stone-700">
            Browse the two stores and watch the architecture lens while your instructor explains what happens. Controls that change the
            app for everyone are only for the instructor.
          </p>
          <p className="mt-4 flex flex-wrap gap-3">
            <a href="/monolith" className="btn bg-mono-600 text-white hover:bg-mono-500">Monolith store</a>
            <a href="/serverless" className="btn bg-sls-600 text-white hover:bg-sls-500">Serverless store</a>
            <a href="/architecture" className="btn border border-stone-300 bg-white text-stone-800 hover:bg-stone-50">Architecture lens</a>
          </p>
        </div>
      )}
    </main>
  );
}
