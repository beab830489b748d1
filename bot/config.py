"""Settings, read once from the environment and ``.env`` (pydantic-settings), then passed down."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_DB_PATH = Path("data") / "insiderbot.db"
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

    slack_bot_token: str | None = None
    slack_app_token: str | None = None
    slack_signing_secret: str | None = None
    slack_api_url: str = "https://slack.com/api/"

    llm_model: str | None = None
    answer_mode: Literal["rules", "llm", "auto"] = "auto"
    llm_timeout_seconds: float = Field(default=20.0, gt=0)

    digest_time: str = "08:00"
    digest_tz: str = "America/New_York"
    digest_days: str = "mon-fri"
    digest_grace_hours: float = Field(default=6.0, ge=0)

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
