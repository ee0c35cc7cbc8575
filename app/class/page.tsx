// /class — the classroom's front door: the lessons, and who this browser is. The instructor (who opened the
// instructor link once) gets the presenter; everyone else can join the live class or read any lesson alone.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { isInstructor } from "@/infra/access/instructor-access";
import { LESSONS } from "@/lessons";

export const metadata: Metadata = { title: "Classroom" };
export const dynamic = "force-dynamic";

export default async function ClassPage() {
  const instructor = isInstructor(await headers());
  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-12">
      <nav aria-label="Breadcrumb" className="text-sm text-stone-600">
        <a href="/" className="hover:text-brand-700">
          Pet Store Twin
        </a>{" "}
        / Classroom
      </nav>
      <p className="mt-4 text-sm font-semibold uppercase tracking-wider text-brand-700">Classroom</p>
      <h1 className="mt-2 text-4xl font-bold tracking-tight">{instructor ? "You are the instructor" : "Welcome to the class"}</h1>
      {instructor ? (
        <div className="card mt-6 p-6" data-testid="instructor-status">
          <p className="text-stone-700">
            This browser holds the instructor key (an httpOnly cookie, valid for 12 hours). It may run the lessons, change the function
            runtime, and everything else that changes the app for the whole room. Students who open the app never can.
          </p>
          <p className="mt-4 flex flex-wrap gap-3">
            <a href="/class/present" className="btn bg-brand-700 text-white hover:bg-brand-600">
              Open the presenter
            </a>
            <a href="/class/live" className="btn-secondary">
              Audience screen
            </a>
            <a href="/class/bench" className="btn-secondary">
              Lab bench
            </a>
            <a href="/architecture" className="btn-secondary">
              Architecture lens
            </a>
          </p>
        </div>
      ) : (
        <div className="card mt-6 p-6">
          <p className="text-stone-700">
            Follow the lesson on your phone, answer the prediction questions, and open the stores in the mode each step uses. Or read any
            lesson below on your own. Controls that change the app for everyone are only for the instructor.
          </p>
          <p className="mt-4 flex flex-wrap gap-3">
            <a href="/class/join" className="btn bg-brand-700 text-white hover:bg-brand-600">
              Join the live class
            </a>
            <a href="/monolith" className="btn bg-mono-600 text-white hover:bg-mono-500">
              Monolith store
            </a>
            <a href="/serverless" className="btn bg-sls-600 text-white hover:bg-sls-500">
              Serverless store
            </a>
          </p>
        </div>
      )}

      <section aria-labelledby="lessons-heading" className="mt-12">
        <h2 id="lessons-heading" className="text-2xl font-bold">
          Lessons
        </h2>
        <p className="mt-1 text-stone-700">Seven lessons, in teaching order. Each works as plain text too.</p>
        <ol className="mt-6 grid gap-4 sm:grid-cols-2">
          {LESSONS.map((lesson, i) => (
            <li key={lesson.id} className="card flex flex-col p-5" data-lesson={lesson.id}>
              <p className="text-xs font-semibold uppercase tracking-wider text-stone-600">
                Lesson {i + 1} · {lesson.steps.length} steps · about {lesson.minutes} min
              </p>
              <h3 className="mt-1 text-xl font-bold">
                <a href={`/class/${lesson.id}/1`} className="hover:text-brand-700">
                  {lesson.title}
                </a>
              </h3>
              <p className="mt-2 flex-1 text-sm text-stone-700">{lesson.summary}</p>
              <ol className="mt-3 space-y-0.5 text-sm text-stone-600">
                {lesson.steps.map((s, j) => (
                  <li key={s.id}>
                    <a href={`/class/${lesson.id}/${j + 1}`} className="hover:text-brand-700 hover:underline">
                      {j + 1}. {s.title}
                    </a>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
