-- When each account last signed in with its password (shown on the people page).
ALTER TABLE reader ADD COLUMN last_sign_in_at TIMESTAMP WITH TIME ZONE;
