// 日管控 / 周排查 / 月调度 and their reminders: the officer's day, answering and signing, the
// director's weekly report, the principal's monthly minutes, amendments, the enterprise calendar
// and the reminders list. "Now" comes from ctx.now (tests inject a fixed clock).
import { z } from "zod";
import type { TRPCRouterRecord } from "@trpc/server";
import {
  MeetingTaskListFilterSchema,
  MeetingTaskUpdateSchema,
  CalendarSettingsSchema,
  CalendarDayAmendSchema,
  ActivationDateSchema,
  DailyAllOkSchema,
  DailyAmendmentSchema,
  DailyNotOperatingSchema,
  DailySheetKeySchema,
  DailySubmitSchema,
  IdSchema,
  LedgerDateRangeSchema,
  LocalDateSchema,
  MonthKeySchema,
  MonthlyMeetingCreateSchema,
  PeriodRecordAmendmentSchema,
  ReadSignSchema,
  WeekKeySchema,
  WeeklyReportCreateSchema,
} from "@anzhi/contracts";
import { DailyAnswerWithPhotosSchema } from "@anzhi/contracts/uploads";
import { activePeople, activeSites } from "@anzhi/domain/members/options";
import { amendDailyRun, amendPeriodRecord } from "@anzhi/domain/routines/amend";
import { getCalendarSettings, updateCalendarSettings } from "@anzhi/domain/routines/calendar";
import { amendCalendarDay, calendarHistory, setActivationDate } from "@anzhi/domain/periods/calendar-history";
import {
  answerItem,
  answerRemainingOk,
  recordNotOperating,
  reportTargets,
  signAllOk,
  submitDaily,
} from "@anzhi/domain/routines/daily";
import { dailyLedger, getDailyRun, getOfficerDay } from "@anzhi/domain/routines/daily-read";
import { prefillMonth, signMonthlyMeeting } from "@anzhi/domain/routines/monthly";
import { getMonthlyMeeting, listMonths } from "@anzhi/domain/routines/monthly-read";
import { listMeetingTasks, updateMeetingTask } from "@anzhi/domain/routines/tasks";
import { listReminders, markReminderRead } from "@anzhi/domain/routines/reminders";
import { fileWeeklyReport, getWeeklyReport, listWeeks } from "@anzhi/domain/routines/weekly";
import { prefillWeek } from "@anzhi/domain/routines/weekly-prefill";
import {
  readSignDaily,
  readSignWeekly,
  unreadDailyRecords,
  unreadWeeklyReports,
} from "@anzhi/domain/routines/read-sign";
import { dailyLedgerXlsx, monthlyLedgerXlsx, weeklyLedgerXlsx } from "@anzhi/domain/routines/xlsx";
import { roleProcedure, memberProcedure } from "../trpc/procedures.ts";
import { exportDownload as download } from "./download.ts";
import { actorOf, whoOf } from "../trpc/actors.ts";
import { configuredFileStorage } from "@anzhi/domain/files/storage";

const officerProcedure = roleProcedure(["officer", "director", "principal"]);
const directorProcedure = roleProcedure(["director"]);
const principalProcedure = roleProcedure(["principal"]);
const weeklySignerProcedure = roleProcedure(["director", "principal"]);
const calendarProcedure = roleProcedure(["director", "principal"], { admin: true });
const activationProcedure = roleProcedure(["principal"], { admin: true });

type Ctx = {
  org: { id: string; roles: readonly ("principal" | "director" | "officer" | "viewer")[] };
  user: { id: string };
  now: () => Date;
};
const officerOf = (ctx: Ctx) => ({ organizationId: ctx.org.id, userId: ctx.user.id, roles: ctx.org.roles });
const canReview = (ctx: Ctx) => ctx.org.roles.includes("director") || ctx.org.roles.includes("principal");

const dailyRouter = {
  exportXlsx: memberProcedure
    .input(LedgerDateRangeSchema)
    .query(async ({ ctx, input }) => download(await dailyLedgerXlsx(ctx.orgDb, ctx.org.id, input, ctx.now()))),
  day: memberProcedure
    .input(z.strictObject({ date: LocalDateSchema.optional() }).optional())
    .query(({ ctx, input }) => getOfficerDay(ctx.orgDb, officerOf(ctx), input?.date ?? null, ctx.now())),
  /** One item's answer with its photos as bytes (stored in the same transaction). */
  answer: officerProcedure
    .input(DailyAnswerWithPhotosSchema)
    .mutation(({ ctx, input }) =>
      answerItem(ctx.orgDb, { ...officerOf(ctx), dataDir: configuredFileStorage() }, input, ctx.now()),
    ),
  /**
   * Whom a day's problems may be reported to (the appointed directors and principals), and the
   * request's instant, which the form shows as the report time for the officer to confirm or change.
   */
  reportTargets: memberProcedure.input(z.strictObject({ date: LocalDateSchema })).query(async ({ ctx, input }) => ({
    people: await reportTargets(ctx.orgDb, ctx.org.id, input.date, ctx.org.today),
    now: ctx.now(),
  })),
  submit: officerProcedure
    .input(DailySubmitSchema)
    .mutation(({ ctx, input }) => submitDaily(ctx.orgDb, officerOf(ctx), input, ctx.now())),
  restOk: officerProcedure
    .input(DailySheetKeySchema)
    .mutation(({ ctx, input }) => answerRemainingOk(ctx.orgDb, officerOf(ctx), input, ctx.now())),
  signAllOk: officerProcedure
    .input(DailyAllOkSchema)
    .mutation(({ ctx, input }) => signAllOk(ctx.orgDb, officerOf(ctx), input, ctx.now())),
  notOperating: officerProcedure
    .input(DailyNotOperatingSchema)
    .mutation(({ ctx, input }) => recordNotOperating(ctx.orgDb, officerOf(ctx), input, ctx.now())),
  amend: officerProcedure
    .input(DailyAmendmentSchema)
    .mutation(({ ctx, input }) => amendDailyRun(ctx.orgDb, { ...whoOf(ctx), canReview: canReview(ctx) }, input)),
  get: memberProcedure
    .input(z.strictObject({ runId: IdSchema }))
    .query(({ ctx, input }) => getDailyRun(ctx.orgDb, ctx.org.id, input.runId)),
  /** Signed records nobody has read-signed (质量安全总监（阅）) yet. */
  unread: memberProcedure.query(({ ctx }) => unreadDailyRecords(ctx.orgDb, ctx.org.id)),
  /** 阅: the appointed director (or the principal carrying the director's duties) read-signs records. */
  readSign: roleProcedure(["director", "principal"])
    .input(ReadSignSchema)
    .mutation(({ ctx, input }) => readSignDaily(ctx.orgDb, whoOf(ctx), input, ctx.now())),
  ledger: memberProcedure
    .input(LedgerDateRangeSchema.and(z.object({ officerUserId: IdSchema.optional() })))
    .query(({ ctx, input }) => dailyLedger(ctx.orgDb, ctx.org.id, input, ctx.now(), input.officerUserId)),
} satisfies TRPCRouterRecord;

const weeklyRouter = {
  exportXlsx: memberProcedure
    .input(LedgerDateRangeSchema)
    .query(async ({ ctx, input }) => download(await weeklyLedgerXlsx(ctx.orgDb, ctx.org.id, input))),
  list: memberProcedure.query(({ ctx }) => listWeeks(ctx.orgDb, ctx.org.id, ctx.now())),
  prefill: memberProcedure
    .input(z.strictObject({ week: WeekKeySchema }))
    .query(({ ctx, input }) => prefillWeek(ctx.orgDb, ctx.org.id, input.week, ctx.now())),
  /** The appointed director signs; the appointed principal where the size class allows no director (domain). */
  file: weeklySignerProcedure
    .input(WeeklyReportCreateSchema)
    .mutation(({ ctx, input }) => fileWeeklyReport(ctx.orgDb, whoOf(ctx), input, ctx.now())),
  get: memberProcedure
    .input(z.strictObject({ id: IdSchema }))
    .query(({ ctx, input }) => getWeeklyReport(ctx.orgDb, ctx.org.id, input.id)),
  amend: directorProcedure
    .input(PeriodRecordAmendmentSchema)
    .mutation(({ ctx, input }) => amendPeriodRecord(ctx.orgDb, "weekly_report", whoOf(ctx), input)),
  /** Signed reports the principal has not read-signed (主要负责人（阅）) yet. */
  unread: memberProcedure.query(({ ctx }) => unreadWeeklyReports(ctx.orgDb, ctx.org.id)),
  /** 阅: the appointed principal read-signs reports. */
  readSign: principalProcedure
    .input(ReadSignSchema)
    .mutation(({ ctx, input }) => readSignWeekly(ctx.orgDb, whoOf(ctx), input, ctx.now())),
} satisfies TRPCRouterRecord;

const monthlyRouter = {
  exportXlsx: memberProcedure
    .input(LedgerDateRangeSchema)
    .query(async ({ ctx, input }) => download(await monthlyLedgerXlsx(ctx.orgDb, ctx.org.id, input))),
  list: memberProcedure.query(({ ctx }) => listMonths(ctx.orgDb, ctx.org.id, ctx.now())),
  prefill: memberProcedure
    .input(z.strictObject({ month: MonthKeySchema }))
    .query(({ ctx, input }) => prefillMonth(ctx.orgDb, ctx.org.id, input.month, ctx.now())),
  sign: principalProcedure
    .input(MonthlyMeetingCreateSchema)
    .mutation(({ ctx, input }) => signMonthlyMeeting(ctx.orgDb, whoOf(ctx), input, ctx.now())),
  get: memberProcedure
    .input(z.strictObject({ id: IdSchema }))
    .query(({ ctx, input }) => getMonthlyMeeting(ctx.orgDb, ctx.org.id, input.id)),
  amend: principalProcedure
    .input(PeriodRecordAmendmentSchema)
    .mutation(({ ctx, input }) => amendPeriodRecord(ctx.orgDb, "monthly_meeting", whoOf(ctx), input)),
} satisfies TRPCRouterRecord;

/** 调度任务台账: the monthly meetings' decisions to carry out (not hazards, docs/decisions/024). */
const tasksRouter = {
  list: memberProcedure
    .input(MeetingTaskListFilterSchema.optional())
    .query(({ ctx, input }) => listMeetingTasks(ctx.orgDb, ctx.org.id, ctx.org.today, input)),
  /** Progress or completion: the task's owner, or a principal/director. */
  update: officerProcedure
    .input(MeetingTaskUpdateSchema)
    .mutation(({ ctx, input }) => updateMeetingTask(ctx.orgDb, whoOf(ctx), input)),
} satisfies TRPCRouterRecord;

export const routinesRouter = {
  /** Active sites (the weekly report's screening scope). */
  sites: memberProcedure.query(({ ctx }) => activeSites(ctx.orgDb, ctx.org.id)),
  /** Active members (for participants, attendees, owners and the chair). */
  people: memberProcedure.query(({ ctx }) => activePeople(ctx.orgDb, ctx.org.id)),
  daily: dailyRouter,
  weekly: weeklyRouter,
  monthly: monthlyRouter,
  tasks: tasksRouter,
  calendar: {
    get: memberProcedure.query(({ ctx }) => getCalendarSettings(ctx.orgDb, ctx.org.id)),
    update: calendarProcedure
      .input(CalendarSettingsSchema)
      .mutation(({ ctx, input }) => updateCalendarSettings(ctx.orgDb, ctx.org.id, input, actorOf(ctx), ctx.now())),
    /** The 启用日期, where closed history ends, and the principal's amendments of closed days. */
    history: memberProcedure.query(({ ctx }) => calendarHistory(ctx.orgDb, ctx.org.id, ctx.now())),
    amendDay: principalProcedure
      .input(CalendarDayAmendSchema)
      .mutation(({ ctx, input }) => amendCalendarDay(ctx.orgDb, whoOf(ctx), input, ctx.now())),
    setActivation: activationProcedure
      .input(ActivationDateSchema)
      .mutation(({ ctx, input }) => setActivationDate(ctx.orgDb, whoOf(ctx), input, ctx.now())),
  },
  reminders: {
    list: memberProcedure.query(({ ctx }) => listReminders(ctx.orgDb, ctx.org.id, ctx.user.id)),
    markRead: memberProcedure
      .input(z.strictObject({ id: IdSchema }))
      .mutation(({ ctx, input }) => markReminderRead(ctx.orgDb, ctx.org.id, ctx.user.id, input.id, ctx.now())),
  },
} satisfies TRPCRouterRecord;
