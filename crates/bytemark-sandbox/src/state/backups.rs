//! Backups of discs as data (reference §4.9, §4.10): taking one, its move
//! to cold storage, restores in progress, and schedules, which take backups
//! as time passes and keep only `capacity` of theirs.
//!
//! Everything here is lazy: [`State::settle`] runs before every request and
//! catches up with the clock, so a sandbox that was idle (or stopped) for a
//! week takes the backups that were due, keeping at most `capacity` per
//! schedule.

use std::collections::HashMap;

use super::calendar::{label_stamp, parse_start};
use super::{Backup, COLD_GRADE, Restore, Schedule, State};

/// The times (unix ms) a schedule is due in `(after_ms, now_ms]`, at most
/// the last `keep` of them: times are `start + k * interval` for k ≥ 0.
fn due_times(start_ms: i64, interval_ms: i64, after_ms: i64, now_ms: i64, keep: i64) -> Vec<i64> {
    if now_ms < start_ms || interval_ms <= 0 {
        return Vec::new();
    }
    let k_max = (now_ms - start_ms) / interval_ms;
    let k_min = if after_ms < start_ms {
        0
    } else {
        (after_ms - start_ms) / interval_ms + 1
    };
    let first = k_min.max(k_max - keep.max(1) + 1);
    (first..=k_max)
        .map(|k| start_ms + k * interval_ms)
        .collect()
}

/// When `s` takes its next backup (unix ms): the first of its times after
/// the last it ran; 0 (at once) when it has not been anchored yet, and
/// never for a schedule that cannot run.
pub(super) fn next_run(s: &Schedule) -> u64 {
    if s.ran_until_ms == 0 {
        return 0;
    }
    let (Some(start), Some(interval)) = (
        parse_start(&s.start_at, 0),
        s.interval_seconds.checked_mul(1000),
    ) else {
        return u64::MAX;
    };
    let start = start.saturating_mul(1000);
    let after = s.ran_until_ms as i64;
    if interval <= 0 {
        return u64::MAX;
    }
    let next = if after < start {
        start
    } else {
        start.saturating_add(((after - start) / interval + 1).saturating_mul(interval))
    };
    next.max(0) as u64
}

impl State {
    /// Takes a backup of disc `disc_id` at `at_ms`, for `schedule` (or on
    /// request when `None`). It shows the disc's grade and pool until
    /// `cold_at_ms`, then `iceberg`. Labels are
    /// `<disc>-backup-<YYYYMMDDhhmmss>`; a label already taken on the disc
    /// moves on by a second, since clients use labels as ids.
    pub fn take_backup(
        &mut self,
        disc_id: u64,
        schedule: Option<u64>,
        at_ms: u64,
        cold_at_ms: u64,
    ) -> Option<u64> {
        let disc = self.discs.get(&disc_id)?;
        let mut secs = (at_ms / 1000) as i64;
        let label = loop {
            let l = format!("{}-backup-{}", disc.label, label_stamp(secs));
            if !self
                .backups
                .values()
                .any(|b| b.disc_id == disc_id && b.label == l)
            {
                break l;
            }
            secs += 1;
        };
        let (size, grade, pool) = (
            disc.size,
            disc.storage_grade.clone(),
            disc.storage_pool.clone(),
        );
        // The brain keeps backups as discs: one id space.
        let id = Self::next(&mut self.counters.disc);
        self.backups.insert(
            id,
            Backup {
                id,
                disc_id,
                label,
                size,
                storage_grade: grade,
                storage_pool: pool,
                manual: schedule.is_none(),
                schedule_id: schedule,
                taken_ms: at_ms,
                cold_at_ms: Some(cold_at_ms),
            },
        );
        Some(id)
    }

    /// Restores disc `disc_id` from backup `backup_id`: first a backup of
    /// the disc as it is now, then the disc shows `iceberg` (and its real
    /// grade as `new_storage_grade`) until `until_ms`. Returns the id of the
    /// backup of the current state.
    pub fn restore_disc(
        &mut self,
        disc_id: u64,
        backup_id: u64,
        now: u64,
        until_ms: u64,
    ) -> Option<u64> {
        let from_pool = self.backups.get(&backup_id)?.storage_pool.clone();
        let safety = self.take_backup(disc_id, None, now, until_ms)?;
        let disc = self.discs.get_mut(&disc_id)?;
        disc.restore = Some(Restore {
            until_ms,
            from_pool,
        });
        Some(safety)
    }

    /// The number of backups of each disc that has any.
    pub fn backup_counts(&self) -> HashMap<u64, usize> {
        let mut counts = HashMap::new();
        for b in self.backups.values() {
            *counts.entry(b.disc_id).or_insert(0) += 1;
        }
        counts
    }

    /// Runs schedules, moves backups to cold storage and finishes restores
    /// due by `now`. True when anything changed.
    pub(super) fn settle_backups(&mut self, now: u64, delay: u64) -> bool {
        let mut changed = self.run_schedules(now, delay);
        for b in self.backups.values_mut() {
            if b.cold_at_ms.is_some_and(|t| t <= now) {
                b.storage_grade = COLD_GRADE.to_string();
                b.storage_pool = Self::storage_pool_for(b.id, COLD_GRADE);
                b.cold_at_ms = None;
                changed = true;
            }
        }
        for d in self.discs.values_mut() {
            if d.restore.as_ref().is_some_and(|r| r.until_ms <= now) {
                d.restore = None;
                changed = true;
            }
        }
        changed
    }

    /// Takes the scheduled backups due by `now` and drops each schedule's
    /// oldest beyond its capacity. Deleted servers' schedules do not run.
    fn run_schedules(&mut self, now: u64, delay: u64) -> bool {
        let mut changed = false;
        // (disc, schedule, capacity, times due)
        let mut due: Vec<(u64, u64, i64, Vec<i64>)> = Vec::new();
        let vms = &self.vms;
        for d in self.discs.values_mut() {
            let running = vms.get(&d.vm_id).is_some_and(|v| !v.deleted);
            for s in &mut d.schedules {
                if s.ran_until_ms == 0 {
                    // Seeded (or from an older state file): starts now.
                    s.ran_until_ms = now;
                    changed = true;
                    continue;
                }
                let Some(start) = parse_start(&s.start_at, 0) else {
                    continue;
                };
                let Some(interval) = s.interval_seconds.checked_mul(1000) else {
                    continue;
                };
                let times = due_times(
                    start.saturating_mul(1000),
                    interval,
                    s.ran_until_ms as i64,
                    now as i64,
                    s.capacity,
                );
                if let Some(last) = times.last() {
                    s.ran_until_ms = *last as u64;
                    changed = true;
                    if running {
                        due.push((d.id, s.id, s.capacity, times));
                    }
                }
            }
        }
        for (disc, schedule, capacity, times) in due {
            for t in times {
                let t = t as u64;
                self.take_backup(disc, Some(schedule), t, t + delay);
            }
            self.keep_newest(disc, schedule, capacity.max(1) as usize);
        }
        changed
    }

    /// Drops the oldest backups `schedule` took of `disc` beyond `keep`.
    fn keep_newest(&mut self, disc: u64, schedule: u64, keep: usize) {
        let mut taken: Vec<(u64, u64)> = self
            .backups
            .values()
            .filter(|b| b.disc_id == disc && b.schedule_id == Some(schedule))
            .map(|b| (b.taken_ms, b.id))
            .collect();
        taken.sort_unstable();
        let excess = taken.len().saturating_sub(keep);
        for (_, id) in &taken[..excess] {
            self.backups.remove(id);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_times_are_the_last_ones_after_the_mark() {
        // every 10 from 100: 100, 110, 120, …
        assert_eq!(due_times(100, 10, 0, 99, 5), Vec::<i64>::new());
        assert_eq!(due_times(100, 10, 0, 100, 5), vec![100]);
        assert_eq!(due_times(100, 10, 100, 125, 5), vec![110, 120]);
        assert_eq!(due_times(100, 10, 105, 109, 5), Vec::<i64>::new());
        assert_eq!(due_times(100, 10, 0, 1000, 2), vec![990, 1000]);
        assert_eq!(due_times(100, 10, 0, 1000, 0), vec![1000]);
    }

    #[test]
    fn schedules_take_backups_and_keep_capacity() {
        let mut s = State::seed(0, 0);
        let disc = 1; // web1's disc-1, weekly, capacity 1
        let t0 = 1_600_000_000_000;
        assert!(s.settle(t0, 0), "the first settle anchors the schedule");
        assert!(s.backups.is_empty());
        let week = 604_800_000;
        s.settle(t0 + 3 * week, 0);
        let kept: Vec<&Backup> = s.backups.values().collect();
        assert_eq!(kept.len(), 1, "capacity 1");
        assert!(!kept[0].manual);
        assert_eq!(kept[0].storage_grade, COLD_GRADE);
        assert!(kept[0].label.starts_with("disc-1-backup-2020"));
        assert!(!s.settle(t0 + 3 * week + 1, 0), "nothing new");
        // a manual backup is never rotated out
        let manual = s
            .take_backup(disc, None, t0 + 3 * week + 2, u64::MAX)
            .unwrap();
        s.settle(t0 + 5 * week, 0);
        assert_eq!(s.backups.len(), 2);
        assert_eq!(
            s.backups[&manual].storage_grade, "sata",
            "still in progress"
        );
        assert_eq!(s.backup_counts()[&disc], 2);
    }
}
