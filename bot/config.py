"""Settings, read once from the environment and ``.env`` (pydantic-settings), then passed down."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB_PATH = Path("data") / "insiderbot.db"
DEFAULT_DATASETS_DIR = Path("data") / "datasets"
SEC_FAIR_ACCESS_MAX_RPS = 10.0


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    insiderbot_db: Path = DEFAULT_DB_PATH

    sec_user_agent: str | None = None
    sec_max_rps: float = Field(default=5.0, gt=0)
    edgar_base_url: str = "https://www.sec.gov"
    edgar_data_url: str = "https://data.sec.gov"
    edgar_timeout_seconds: float = Field(default=30.0, gt=0)
    sync_interval_minutes: int = Field(default=10, ge=1)
    sync_ciks: str | None = None
    edgar_max_retries: int = Field(default=5, ge=0)
    edgar_backoff_seconds: float = Field(default=1.0, ge=0)
    edgar_backoff_max_seconds: float = Field(default=60.0, ge=0)
    edgar_block_pause_seconds: float = Field(default=600.0, ge=0)
    sync_workers: int = Field(default=4, ge=1, le=16)
    sync_fetch_attempts: int = Field(default=3, ge=1)
    datasets_dir: Path = DEFAULT_DATASETS_DIR          # where backfill keeps the SEC's quarterly zips
    company_tickers_max_age_hours: float = Field(default=24.0, gt=0)
    on_demand_fetch: bool = True                       # a question about a company not stored fetches it
    on_demand_years: int = Field(default=2, ge=1, le=30)
    on_demand_max_filings: int = Field(default=300, ge=1)

    shutdown_grace_seconds: float = Field(default=30.0, ge=0)

    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str = "https://slack.com/api/"

    llm_model: str | None = None
    answer_mode: Literal["rules", "llm", "auto"] = "auto"
    llm_timeout_seconds: float = Field(default=20.0, gt=0)
    # Every answer's reads run under this; a question still slow then gets what was found in time and a hint.
    answer_time_budget_seconds: float = Field(default=2.0, gt=0)

    digest_time: str = "08:00"
    digest_tz: str = "America/New_York"
    digest_days: str = "mon-fri"
    digest_grace_hours: float = Field(default=6.0, ge=0)
    digest_market_top: int = Field(default=5, ge=0, le=20)
    # Alerts (bot/alerts): more fresh matches than this in one pass for a channel are told in one grouped
    # message; matches accepted longer ago than the max age come as one catch-up summary (or not at all).
    alert_group_over: int = Field(default=5, ge=0)
    alert_max_age_hours: float = Field(default=24.0, gt=0)

    @field_validator("digest_time")
    @classmethod
    def _check_digest_time(cls, value: str) -> str:
        """``HH:MM``, 24-hour clock."""
        match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", value)
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            raise ValueError(f"DIGEST_TIME must be HH:MM on a 24-hour clock (e.g. 08:00), not {value!r}")
        return f"{int(match[1]):02d}:{match[2]}"

    @field_validator("digest_tz")
    @classmethod
    def _check_digest_tz(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"DIGEST_TZ must be an IANA time zone such as America/New_York, not {value!r}") from exc
        return value

    @field_validator("digest_days")
    @classmethod
    def _check_digest_days(cls, value: str) -> str:
        """Day names only: APScheduler 3 counts day numbers from Monday = 0, so ``1-5`` would mean Tue-Sat."""
        value = value.strip().lower()
        parts = [p.strip() for p in value.split(",")]
        day = r"(?:mon|tue|wed|thu|fri|sat|sun)"
        if not value or not all(re.fullmatch(rf"{day}(?:-{day})?", p) for p in parts):
            raise ValueError(f"DIGEST_DAYS must be day names such as mon-fri or mon,wed,fri, not {value!r}")
        return ",".join(parts)

    @field_validator("sec_max_rps")
    @classmethod
    def _cap_at_fair_access(cls, value: float) -> float:
        """The SEC allows at most 10 requests per second; a higher setting is lowered to that."""
        return min(value, SEC_FAIR_ACCESS_MAX_RPS)

    @property
    def sync_cik_list(self) -> list[str]:
        if not self.sync_ciks:
            return []
        return [part.strip() for part in self.sync_ciks.split(",") if part.strip()]


def load_settings(**overrides) -> Settings:
    return Settings(**overrides)
